package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The meeting's own procedure is no agreement, unless the minutes list it among their decisions. */
class ProceduralTests {

	private static MinutesReading.Result read(String text, String lang) {
		return TestFiles.READING.read(text, LocalDate.of(2025, 4, 9), Optional.of(lang));
	}

	@Test
	void tellsTheMeetingsOwnProcedureInFourLanguages() {
		assertThat(Procedural.is("To approve the minutes of the meeting held on 3 March")).isTrue();
		assertThat(Procedural.is("3. Apologies for absence were received from two members.")).isTrue();
		assertThat(Procedural.is("The meeting was adjourned at 9.15 pm.")).isTrue();
		assertThat(Procedural.is("Aprobación del orden del día.")).isTrue();
		assertThat(Procedural.is("Se levanta la sesión a las 20:10 horas.")).isTrue();
		assertThat(Procedural.is("L'ordre du jour est adopté à l'unanimité.")).isTrue();
		assertThat(Procedural.is("La séance est levée à 18 h.")).isTrue();
		assertThat(Procedural.is("A ata da reunião anterior foi aprovada sem alterações.")).isTrue();
		assertThat(Procedural.is("Nada mais havendo a tratar, encerrou-se a reunião.")).isTrue();
		assertThat(Procedural.is("The board held its annual meeting in Leeds on 4 May.")).isTrue();
		assertThat(Procedural.is("A assembleia teve lugar na sede da associação.")).isTrue();
		assertThat(Procedural.is("Estuvieron presentes los delegados de las cinco provincias.")).isTrue();
		assertThat(Procedural.is("Le conseil a observé une minute de silence.")).isTrue();
	}

	@Test
	void keepsDecisionsThatOnlyLookProcedural() {
		assertThat(Procedural.is("Approve the budget for the summer school")).isFalse();
		assertThat(Procedural.is("Aprobar el acta de constitución de la asociación")).isFalse();
		assertThat(Procedural.is("Adoption of the Agenda 2030 action plan for the region")).isFalse();
		assertThat(Procedural.is("Se aprueba el acta anterior, adoptándose el siguiente acuerdo: publicarla en la web"))
			.isFalse();
		assertThat(Procedural.is("Le trésorier enverra le compte-rendu financier avant le 15 mai.")).isFalse();
		assertThat(Procedural.is("The next meeting will be held in Lisbon on 12 June.")).isFalse();
	}

	@Test
	void leavesTheProcedureOutOfPlainMinutesButKeepsItUnderADecisionsHeading() {
		MinutesReading.Result plain = read("""
				1. Approval of the minutes of the previous meeting.
				The minutes were approved as a true record.
				2. Website.
				It was agreed that Maria will move the website to the new host by 30 April.
				3. Close.
				The meeting was adjourned at 21:00.
				""", "en");
		assertThat(plain.items()).extracting(MinutesItem::text)
			.noneMatch(t -> t.contains("minutes were approved") || t.contains("adjourned"))
			.anyMatch(t -> t.contains("Maria will move the website"));
		MinutesReading.Result listed = read("""
				## Decisiones

				- Se aprueba el orden del día.
				- Ana enviará el presupuesto antes del viernes.
				""", "es");
		assertThat(listed.items()).extracting(MinutesItem::text)
			.containsExactly("Se aprueba el orden del día.", "Ana enviará el presupuesto antes del viernes.");
		MinutesReading.Result outside = read("""
				## Apertura

				Se aprueba el orden del día.

				## Tareas

				- Ana enviará el presupuesto antes del viernes.
				""", "es");
		assertThat(outside.items()).extracting(MinutesItem::text)
			.containsExactly("Ana enviará el presupuesto antes del viernes.");
	}
}
