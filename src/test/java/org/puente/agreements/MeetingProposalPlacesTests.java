package org.puente.agreements;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.puente.meetings.Meetings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Schedule from this agreement" finds the city the agreement names among the calendar's, accents and case aside,
 * with the project's folding (i18n.TextFolding) rather than a pass of its own — which folded the same.
 */
class MeetingProposalPlacesTests {

	private static final List<Meetings.Place> CALENDAR = List.of(new Meetings.Place("Bogotá", "CO"),
			new Meetings.Place("Ciudad de Panamá", "PA"), new Meetings.Place("Panamá", "PA"),
			new Meetings.Place("São Paulo", "BR"), new Meetings.Place("Montréal", "CA"),
			new Meetings.Place("Bruselas", "BE"));

	@Test
	void anAgreementNamesTheCalendarsCityWithOrWithoutItsAccentsInAnyCase() {
		assertThat(city("Realizar un taller en BOGOTA los días 3 y 4 de mayo")).isEqualTo("Bogotá");
		assertThat(city("Hold a workshop in Bogota on 3 May")).isEqualTo("Bogotá");
		assertThat(city("Realizar un taller en bogotá")).isEqualTo("Bogotá");
		// the accent as a mark of its own, as some PDFs give it
		assertThat(city("Realizar un taller en Bogota\u0301 el 3 de mayo")).isEqualTo("Bogotá");
		assertThat(city("Réunion à Sao Paulo")).isEqualTo("São Paulo");
		assertThat(city("Atelier à MONTREAL")).isEqualTo("Montréal");
		// the longest name the text holds, and only whole words
		assertThat(city("Reunión en la ciudad de Panama")).isEqualTo("Ciudad de Panamá");
		assertThat(city("Reunión en el Bogotazo")).isNull();
		assertThat(city("Reunión virtual")).isNull();
	}

	/** The folding it uses now gives what the one it replaced gave, on every letter of the four languages. */
	@Test
	void foldsAsThePassItReplacedOnTheFourLanguagesLetters() {
		String letters = "AÁÀÂÄÃBCÇDEÉÈÊËFGHIÍÌÎÏJKLMNÑOÓÒÔÖÕŒPQRSTUÚÙÛÜVWXYŸZ";
		for (String text : new String[] { letters, letters.toLowerCase(Locale.ROOT), "Asunción, Brasília, Québec",
				"Reunião em São Paulo; réunion à Montréal", "İstanbul ß ø æ" }) {
			String before = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
				.toLowerCase(Locale.ROOT);
			assertThat(MeetingProposals.fold(text)).as(text).isEqualTo(before);
			assertThat(MeetingProposals.fold(Normalizer.normalize(text, Normalizer.Form.NFD))).as("decomposed " + text)
				.isEqualTo(before);
		}
	}

	private static String city(String text) {
		return MeetingProposals.placeIn(text, CALENDAR).map(Meetings.Place::city).orElse(null);
	}
}
