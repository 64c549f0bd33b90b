package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which corpus parts the features for the scoring's fit are exported from: a batch can be left out, a frozen one never read. */
class ScoringFeatureExportTests {

	@Test
	void withoutAnOptionEveryDevelopmentPartIsExported() {
		assertThat(ScoringFeatureExport.parts(List.of())).isEqualTo(CorpusParts.DEVELOPMENT);
	}

	@Test
	void partsNamesTheOnesToExportInTheirOrder() {
		assertThat(ScoringFeatureExport.parts(List.of("--parts", "x", "dev", "c"))).containsExactly("x", "dev", "c");
	}

	@Test
	void excludeLeavesTheNamedPartsOutAndKeepsTheOthersInOrder() {
		List<String> excluded = List.of("dev", "ag", "ah", "not-yet-a-part");
		List<String> parts = ScoringFeatureExport.parts(List.of("--exclude", "dev", "ag", "ah", "not-yet-a-part"));
		// the expected size is read from the list, not counted by hand: batches join CorpusParts after this test
		assertThat(parts).doesNotContain("dev", "ag", "ah").startsWith("c", "d")
			.containsExactlyElementsOf(CorpusParts.DEVELOPMENT.stream().filter(p -> !excluded.contains(p)).toList());
	}

	@Test
	void aFrozenOrUnknownPartIsRefused() {
		assertThatThrownBy(() -> ScoringFeatureExport.parts(List.of("--parts", "c", "test")))
			.isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frozen");
		assertThatThrownBy(() -> ScoringFeatureExport.parts(List.of("--parts", "nope")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ScoringFeatureExport.parts(List.of("--exclude")))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> ScoringFeatureExport.parts(List.of("--part", "c")))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
