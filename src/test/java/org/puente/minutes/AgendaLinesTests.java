package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The agenda of plain-text minutes is no list of agreements, however it is announced (made-up examples). */
class AgendaLinesTests {

	@Test
	void anAgendaAnnouncedAtTheEndOfALineIsLeftOutAndTheAccountRenumberedFromOneIsRead() {
		String text = """
				Asociación de vecinos del barrio
				En Jerez, a las 18:15 horas, da comienzo la reunión de la junta, con el siguiente orden del día:

				  1. Lectura y aprobación, si procede, del acta anterior.
				  2. Informe de la presidenta.
				  3. Estudio y aprobación del calendario de fiestas.
				  4. Ruegos y preguntas.
				  1. Se aprueba el acta de la reunión anterior.
				  2. La presidenta informa de la reunión con el ayuntamiento.
				  3. Se aprueba por unanimidad el calendario de fiestas.
				  4. No hay ruegos ni preguntas.
				""";
		assertThat(TestFiles.itemTexts(text, "es")).noneMatch(t -> t.startsWith("Estudio y aprobación"))
			.noneMatch(t -> t.startsWith("Informe de la presidenta"))
			.anyMatch(t -> t.startsWith("Se aprueba por unanimidad el calendario de fiestas"));
	}

	@Test
	void theWrappedLinesOfAnAgendaPointStayInTheAgenda() {
		String text = """
				A las 19:30 h se celebra la asamblea general ordinaria.
				Que el orden del día de la convocatoria es el siguiente:
				1.- Apertura de sesión
				2.- Presentación y aceptación
				de propuestas de la junta directiva
				3.- Examen y aprobación de las cuentas del curso
				4.- Ruegos y preguntas
				Primero.- Apertura de sesión
				El presidente abre la sesión.
				Segundo.- Presentación y aceptación de propuestas de la junta directiva
				Se presentan siete candidatos, que son aprobados por unanimidad.
				""";
		assertThat(TestFiles.itemTexts(text, "es")).noneMatch(t -> t.startsWith("Examen y aprobación"))
			.noneMatch(t -> t.startsWith("Presentación y aceptación de propuestas") && !t.contains("candidatos"));
	}

	@Test
	void theWholeDocumentReadingGoesOnAfterTheAgenda() {
		java.util.List<String> lines = java.util.List.of("Orden del día:", "1. Cuentas", "2. Fiestas",
				"La presidenta abre la sesión.", "1. Se aprueban las cuentas del curso.",
				"2. Se aprueba el calendario de fiestas.");
		assertThat(new SectionReader(lines, true).read()).extracting(Segment::text)
			.containsExactly("Se aprueban las cuentas del curso.", "Se aprueba el calendario de fiestas.");
	}
}
