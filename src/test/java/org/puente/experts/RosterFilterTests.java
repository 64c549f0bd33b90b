package org.puente.experts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The roster's search on its own (walk 10 #17): what each filter keeps, together, and what it refuses. */
class RosterFilterTests {

	static final UUID ROUND_ID = UUID.randomUUID();

	static final RosterFilter.Choice ROUND = new RosterFilter.Choice(ROUND_ID.toString(), "Expertos para la sesión 4");

	static final ExpertSummary ANA = expert("Ana Pérez", "Observatorio de la trata", "MX", List.of("es", "fr"),
			List.of(4), "Trabaja sobre trata de personas.");

	static final ExpertSummary JOAO = expert("João Silva", "Universidade de São Paulo", "BR", List.of("pt", "es"),
			List.of(5), "Remesas y diásporas.");

	static final ExpertSummary CLAIRE = expert("Claire Dubois", "Université de Montréal", "CA", List.of("fr", "en"),
			List.of(4, 6), "Migration climatique.");

	static final List<ExpertSummary> LISTED = List.of(ANA, CLAIRE, JOAO);

	static ExpertSummary expert(String name, String affiliation, String country, List<String> languages,
			List<Integer> sessions, String bio) {
		return new ExpertSummary(UUID.randomUUID(), new ExpertData(name, "x@example.org", affiliation, country,
				languages, sessions, List.of(), bio, List.of(), Gender.UNDISCLOSED, Region.OUTSIDE), true, true, null,
				null, 0);
	}

	static List<String> names(String q, String session, String language, String country, String round) {
		return RosterFilter.search(LISTED, new RosterFilter.Query(q, session, language, country, round),
				n -> n >= 1 && n <= 6, List.of(ROUND), id -> id.equals(ROUND_ID) ? Set.of(JOAO.id()) : Set.of(),
				Locale.forLanguageTag("es")).experts().stream().map(ExpertSummary::name).toList();
	}

	@Test
	void noFilterKeepsEveryoneAndTheListsOfferOnlyWhatTheListedHave() {
		RosterFilter.Result all = RosterFilter.search(LISTED, new RosterFilter.Query(null, "", " ", null, ""),
				n -> true, List.of(ROUND), id -> Set.of(), Locale.forLanguageTag("es"));
		assertThat(all.experts()).containsExactly(ANA, CLAIRE, JOAO);
		// by name in the reader's language, not by code ("inglés" came before "español", api12)
		assertThat(all.languages()).extracting(RosterFilter.Choice::label).containsExactly("español", "francés", "inglés", "portugués");
		assertThat(all.languages()).extracting(RosterFilter.Choice::value).containsExactly("es", "fr", "en", "pt");
		assertThat(RosterFilter.search(LISTED, new RosterFilter.Query(null, null, null, null, null), n -> true,
				List.of(), id -> Set.of(), Locale.ENGLISH).languages()).extracting(RosterFilter.Choice::label)
			.containsExactly("English", "French", "Portuguese", "Spanish");
		// by name in the reader's language
		assertThat(all.countries()).extracting(RosterFilter.Choice::label).containsExactly("Brasil", "Canadá", "México");
		assertThat(all.countries()).extracting(RosterFilter.Choice::value).containsExactly("BR", "CA", "MX");
		assertThat(all.rounds()).containsExactly(ROUND);
	}

	@Test
	void wordsMatchNameAffiliationAndBiographyAccentsAndCaseAsideAndAllMustMatch() {
		assertThat(names("joao", null, null, null, null)).containsExactly("João Silva");
		assertThat(names("UNIVERSITE", null, null, null, null)).containsExactly("Claire Dubois");
		assertThat(names("trata", null, null, null, null)).containsExactly("Ana Pérez");
		assertThat(names("  universidade   paulo ", null, null, null, null)).containsExactly("João Silva");
		assertThat(names("universidade montreal", null, null, null, null)).isEmpty();
	}

	@Test
	void eachListFilterKeepsOnlyItsExperts() {
		assertThat(names(null, "4", null, null, null)).containsExactly("Ana Pérez", "Claire Dubois");
		assertThat(names(null, null, "fr", null, null)).containsExactly("Ana Pérez", "Claire Dubois");
		assertThat(names(null, null, null, "BR", null)).containsExactly("João Silva");
		assertThat(names(null, null, null, "br", null)).containsExactly("João Silva");
		assertThat(names(null, null, null, null, ROUND_ID.toString())).containsExactly("João Silva");
		// a valid value nobody has: an empty list, not a refusal
		assertThat(names(null, null, "de", null, null)).isEmpty();
	}

	@Test
	void filtersCombine() {
		// walk 10 #17's observer: trafficking, in French
		assertThat(names("trata", "4", "fr", null, null)).containsExactly("Ana Pérez");
		assertThat(names(null, "4", "fr", "CA", null)).containsExactly("Claire Dubois");
		assertThat(names(null, "5", "fr", null, null)).isEmpty();
	}

	@Test
	void aValueTheFormNeverOffersIsRefusedAsMalformedNamingTheValue() {
		Map<String, String[]> unknown = Map.of("99", new String[] { null, "99", null, null, null }, "abc",
				new String[] { null, "abc", null, null, null }, "xx", new String[] { null, null, "xx", null, null },
				"ZZ", new String[] { null, null, null, "ZZ", null }, "no-round",
				new String[] { null, null, null, null, "no-round" });
		unknown.forEach((value, q) -> assertThatThrownBy(() -> names(q[0], q[1], q[2], q[3], q[4]))
			.isInstanceOfSatisfying(RefusedException.class, e -> {
				assertThat(e.kind()).isEqualTo(RefusalKind.MALFORMED);
				assertThat(e.messageKey()).isEqualTo("experts.filter.unknown");
				assertThat(e.arguments()).containsExactly(value);
			}));
		String unknownRound = UUID.randomUUID().toString();
		assertThatThrownBy(() -> names(null, null, null, null, unknownRound)).isInstanceOf(RefusedException.class);
		String long300 = "a".repeat(300);
		assertThatThrownBy(() -> names(long300, null, null, null, null))
			.isInstanceOfSatisfying(RefusedException.class, e -> assertThat(e.arguments()).containsExactly("a".repeat(40) + "…"));
	}
}
