package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * A list under a heading that does not say "decisions": when the reading keeps one of its items (a cue reads it) and
 * the others have the form of actions too, they are what was decided or assigned; a list of topics beside one kept
 * item is not. In Markdown and in plain text.
 */
class ListSiblingsTests {

	private static final LocalDate MEETING = LocalDate.of(2025, 3, 3);

	@Test
	void theSiblingsOfAKeptItemThatActThemselvesAreItemsToo() {
		MinutesReading.Result read = TestFiles.READING.read("""
				# Reunión semanal

				## Frontend

				Se revisó el estado de la interfaz con todo el equipo y se habló de las próximas entregas.

				- Juan enviará las maquetas al equipo.
				- La página de acceso pasa al nuevo framework antes del 14 de marzo
				- Las pruebas de accesibilidad se realizarán la próxima semana
				- Los iconos nuevos se aprueban tal como están
				""", MEETING, Optional.of("es"));

		assertThat(read.items()).extracting(MinutesItem::text).containsExactly("Juan enviará las maquetas al equipo.",
				"La página de acceso pasa al nuevo framework antes del 14 de marzo",
				"Las pruebas de accesibilidad se realizarán la próxima semana",
				"Los iconos nuevos se aprueban tal como están");
		assertThat(read.items().get(1).dates()).extracting(ItemDate::start).containsExactly(LocalDate.of(2025, 3, 14));
	}

	@Test
	void aListOfTopicsBesideOneKeptItemStaysTopics() {
		MinutesReading.Result read = TestFiles.READING.read("""
				# Weekly meeting

				## Frontend

				- Juan will send the mockups to the team.
				- Colours of the landing page
				- Typography and spacing
				- Icons for the menu
				""", MEETING, Optional.of("en"));

		assertThat(read.items()).extracting(MinutesItem::text).containsExactly("Juan will send the mockups to the team.");
	}

	@Test
	void inPlainTextTheSiblingsOfAKeptItemThatActAreItemsToo() {
		MinutesReading.Result read = TestFiles.READING.read("""
				COMPTE RENDU DE LA RÉUNION DU BUREAU

				Trésorerie

				Le bureau a fait le point sur les comptes de l'association et sur les cotisations de l'année.

				- Marie enverra le bilan aux adhérents avant la fin du mois.
				- Les cotisations passent à 15 euros à partir du 1er avril
				- Le remboursement des frais de déplacement sera versé en mars
				- Le compte d'épargne sera clôturé avant le 31 mars par la trésorière
				""", MEETING, Optional.of("fr"));

		assertThat(read.items()).extracting(MinutesItem::text).containsExactly(
				"Marie enverra le bilan aux adhérents avant la fin du mois.",
				"Les cotisations passent à 15 euros à partir du 1er avril",
				"Le remboursement des frais de déplacement sera versé en mars",
				"Le compte d'épargne sera clôturé avant le 31 mars par la trésorière");
	}

	@Test
	void theSubItemsOfATopicBulletAreJudgedAmongThemselvesNotAmongTheOtherTopics() {
		// the run holds two topics and seven points: counted together, the topics and the other topic's points do
		// not act, and the three points that act beside the kept one would stay out
		MinutesReading.Result read = TestFiles.READING.read("""
				# Reunión semanal

				## Seguimiento

				- Frontend
				  - Juan enviará las maquetas al equipo.
				  - La página de acceso pasa al nuevo framework antes del 14 de marzo
				  - Las pruebas de accesibilidad se realizarán la próxima semana
				  - Los iconos nuevos se aprueban tal como están
				- Ideas sueltas
				  - Colores de la portada
				  - Tipografía y espaciado
				  - Iconos del menú
				""", MEETING, Optional.of("es"));

		assertThat(read.items()).extracting(MinutesItem::text).containsExactly("Juan enviará las maquetas al equipo.",
				"La página de acceso pasa al nuevo framework antes del 14 de marzo",
				"Las pruebas de accesibilidad se realizarán la próxima semana",
				"Los iconos nuevos se aprueban tal como están");
	}
}
