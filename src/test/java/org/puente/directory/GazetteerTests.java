package org.puente.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class GazetteerTests {

	private static final Gazetteer gazetteer = Gazetteer.fromClasspath();

	private static List<List<String>> ids(String text) {
		return gazetteer.find(text).stream().map(GazetteerMatch::entityIds).toList();
	}

	@Test
	void readsACoordinatedPresidencyAsBothPresidencies() {
		List<GazetteerMatch> matches = gazetteer.find("la PPT de la CRM y de la CSM presentarán una propuesta");
		assertThat(matches).hasSize(1);
		assertThat(matches.get(0).entityIds()).containsExactly("role:PPT-CRM", "role:PPT-CSM");
		assertThat(matches.get(0).text()).isEqualTo("PPT de la CRM y de la CSM");
	}

	@Test
	void narrowsACollectiveNameByTheProcessesThatFollowIt() {
		assertThat(ids("the PPTs of the CRM and the CSM will report")).containsExactly(List.of("role:PPT-CRM", "role:PPT-CSM"));
		assertThat(ids("las STs de la CSM enviarán")).containsExactly(List.of("org:ST-CSM"));
	}

	@Test
	void expandsCollectiveNames() {
		assertThat(ids("ambas Conferencias realizarán")).containsExactly(List.of("process:CRM", "process:CSM"));
		assertThat(ids("propone a ambas troikas")).containsExactly(List.of("body:TROIKA-CRM", "body:TROIKA-CSM"));
		assertThat(ids("Las STs en coordinación con OIM")).containsExactly(List.of("org:ST-CRM", "org:ST-CSM"),
				List.of("org:IOM"));
	}

	@Test
	void prefersTheLongestName() {
		assertThat(ids("la ST de la CRM enviará")).containsExactly(List.of("org:ST-CRM"));
		assertThat(ids("el Secretariado de Naciones Unidas")).containsExactly(List.of("org:UN-SECRETARIAT"));
		assertThat(ids("la CAM de la OEA")).containsExactly(List.of("org:OAS-CAM"));
	}

	@Test
	void ignoresCaseAndAccentsAndLineBreaks() {
		assertThat(ids("PANAMA y panamá")).containsExactly(List.of("country:PA"), List.of("country:PA"));
		assertThat(ids("Estados\nUnidos y EE.UU.")).containsExactly(List.of("country:US"), List.of("country:US"));
		assertThat(ids("Grupo Ad-hoc")).containsExactly(List.of("body:ADHOC-EXTRAREGIONAL"));
	}

	@Test
	void matchesWholeWordsOnly() {
		assertThat(ids("the Chilean delegation and OIMX")).isEmpty();
		assertThat(ids("eu acho que")).isEmpty();
		assertThat(ids("la reunión CELAC-UE")).containsExactly(List.of("org:CELAC"), List.of("org:EU"));
	}

	@Test
	void namesCountriesInFourLanguagesFromTheJdk() {
		assertThat(ids("Brasil, Brazil, Brésil")).hasSize(3).allMatch(l -> l.equals(List.of("country:BR")));
		assertThat(gazetteer.label("country:PA", Locale.forLanguageTag("es"))).isEqualTo("Panamá");
		assertThat(gazetteer.label("country:US", Locale.ENGLISH)).isEqualTo("United States");
		assertThat(gazetteer.label("role:PPT-CRM", Locale.forLanguageTag("es"))).isEqualTo("PPT de la CRM");
	}
}
