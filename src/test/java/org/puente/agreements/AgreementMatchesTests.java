package org.puente.agreements;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.puente.agreements.AgreementMatches.Numbered;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which agreement each item of a new version continues, on the walk's Minuta (walk of 5 December night #12): its
 * agreements are bullets, numbered by their position, so a number says nothing once one is removed.
 */
class AgreementMatchesTests {

	/** The Minuta's eight agreements, numbered 1–8 as the reading numbers its bullets. */
	static final List<Numbered> MINUTA = minuta();

	@Test
	void withoutItsFourthAgreementTheNextFourKeepTheirAgreementsAndTheFourthIsLeft() {
		List<Numbered> v2 = renumbered(MINUTA.stream().filter(a -> !a.number().equals("4")).toList());
		assertThat(v2.get(3).number()).isEqualTo("4");
		// item 4 (old 5's words) continues agreement 5 (index 4), …; agreement 4 (index 3) is continued by none
		assertThat(AgreementMatches.byWords(v2, MINUTA)).containsExactly(0, 1, 2, 4, 5, 6, 7);
	}

	@Test
	void reorderedItemsFollowTheirWords() {
		List<Numbered> reversed = new ArrayList<>(MINUTA);
		java.util.Collections.reverse(reversed);
		assertThat(AgreementMatches.byWords(renumbered(reversed), MINUTA)).containsExactly(7, 6, 5, 4, 3, 2, 1, 0);
	}

	@Test
	void aCorrectedTypoAnEditedDateAndAWordAddedStillFit() {
		List<Numbered> v2 = new ArrayList<>(MINUTA);
		v2.set(2, edit(2, "el 8 de junio", "el 15 de junio"));
		v2.set(4, edit(4, "Se decidió organizar", "Se decidió organizar y financiar"));
		v2.set(6, edit(6, "trabajaran cronograma actualizada", "trabajarán un cronograma actualizado"));
		// and without the fourth, so the numbers do not say it
		v2.remove(3);
		assertThat(AgreementMatches.byWords(renumbered(v2), MINUTA)).containsExactly(0, 1, 2, 4, 5, 6, 7);
	}

	@Test
	void differentAgreementsOfTheSameMinutesDoNotFit() {
		for (int i = 0; i < MINUTA.size(); i++) {
			for (int j = 0; j < MINUTA.size(); j++) {
				if (i != j) {
					assertThat(AgreementMatches.similarity(AgreementMatches.normalised(MINUTA.get(i).text()),
							AgreementMatches.normalised(MINUTA.get(j).text())))
						.as("%d and %d", i + 1, j + 1).isLessThan(AgreementMatches.CLOSE);
				}
			}
		}
	}

	@Test
	void wordsRewrittenKeepTheirAgreementWhenTheirNumberSaysSoAndANewOneIsMadeOtherwise() {
		String rewritten = "Se intercambiarán entre Secretarías Técnicas los contactos de los puntos focales del Grupo"
				+ " Ad-Hoc de CRM y CSM";
		List<Numbered> v2 = new ArrayList<>(MINUTA);
		v2.set(1, new Numbered("2", rewritten));
		assertThat(AgreementMatches.byWords(v2, MINUTA)[1]).as("the number typed, the words near").isEqualTo(1);
		v2.set(1, new Numbered("2b", rewritten));
		assertThat(AgreementMatches.byWords(v2, MINUTA)[1]).as("another number, the words far").isEqualTo(-1);
	}

	@Test
	void anItemThatFitsTwoTakesTheClosestAndOnTiesTheOneWithItsNumber() {
		List<Numbered> twins = List.of(new Numbered("1", "La ST de la CRM enviará el informe final a los países el 8 de junio."),
				new Numbered("2", "La ST de la CRM enviará el informe final a los países el 9 de junio."));
		// an item numbered as neither, with no. 2's words: the closer words
		assertThat(AgreementMatches.byWords(List.of(new Numbered("3", twins.get(1).text())), twins)).containsExactly(1);
		// numbered 1: the date of no. 1 was edited, the number typed decides between words that fit both
		assertThat(AgreementMatches.byWords(List.of(new Numbered("1", twins.get(1).text())), twins)).containsExactly(0);
		// a merge of both: its words hold both alike, its number decides
		Numbered merged = new Numbered("2", twins.get(0).text() + " " + twins.get(1).text());
		assertThat(AgreementMatches.byWords(List.of(merged), twins)).containsExactly(1);
	}

	private static Numbered edit(int index, String from, String to) {
		assertThat(MINUTA.get(index).text()).contains(from);
		return new Numbered(MINUTA.get(index).number(), MINUTA.get(index).text().replace(from, to));
	}

	private static List<Numbered> renumbered(List<Numbered> items) {
		return IntStream.range(0, items.size()).mapToObj(i -> new Numbered(String.valueOf(i + 1), items.get(i).text()))
			.toList();
	}

	private static List<Numbered> minuta() {
		try {
			String text = Files.readString(Path.of("src/main/resources/seeds/minuta-2017-05-11.txt"));
			List<String> bullets = text.substring(text.indexOf("Acuerdos:")).lines()
				.filter(l -> l.startsWith("- o ")).map(l -> l.substring(4).strip()).toList();
			assertThat(bullets).hasSize(8);
			return IntStream.range(0, 8).mapToObj(i -> new Numbered(String.valueOf(i + 1), bullets.get(i))).toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
