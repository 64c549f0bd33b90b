package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** HTML written inside Markdown minutes: task tables row by row, numbered decisions in a div, attendance left out. */
class HtmlBlocksTests {

	@Test
	void readsTheRowsOfAnHtmlTaskTableWithTheirOwnerAndDeadlineAndLeavesTheAttendanceTableOut() {
		MinutesReading.Result result = TestFiles.readText("""
				# Acta de la reunión

				## Asistentes

				<table>
				  <tr><td><b>Nombre</b></td><td><b>Presente</b></td></tr>
				  <tr><td>Lucía Pérez</td><td>Sí</td></tr>
				  <tr><td>Tomás Gil</td><td>Sí</td></tr>
				</table>

				## Tareas

				<table>
				  <tr>
				    <th>Tarea</th><th>Responsable</th><th>Fecha límite</th>
				  </tr>

				  <tr>
				    <td>Preparar el presupuesto del taller</td>
				    <td>Lucía Pérez</td>
				    <td>18/04/2025</td>
				  </tr>
				  <tr>
				    <td>Reservar la sala</td><td>Tomás Gil</td><td></td>
				  </tr>
				</table>
				""", "es");
		assertThat(result.items()).extracting(MinutesItem::text)
			.containsExactly("Preparar el presupuesto del taller | Lucía Pérez | 18/04/2025", "Reservar la sala | Tomás Gil");
		MinutesItem first = result.items().get(0);
		assertThat(first.responsible()).extracting(ItemParty::label).containsExactly("Lucía Pérez");
		assertThat(first.dates()).extracting(ItemDate::start).containsExactly(LocalDate.of(2025, 4, 18));
	}

	@Test
	void readsNumberedDecisionsWrappedInADivAsItems() {
		MinutesReading.Result result = TestFiles.readText("""
				## Decisions

				<div class="decisions">
				<ol>
				  <li>The newsletter moves to a monthly schedule.</li>
				  <li>The treasurer opens a second bank account.</li>
				</ol>
				</div>

				## Discussion

				<div><p>The members talked about the venue.</p></div>
				""", "en");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly(
				"The newsletter moves to a monthly schedule.", "The treasurer opens a second bank account.");
	}

	@Test
	void writesAnHtmlFragmentAsMarkdown() {
		assertThat(HtmlBlocks.markdown("<ul><li>uno</li><li>dos</li></ul>")).isEqualTo("- uno\n- dos");
		assertThat(HtmlBlocks.markdown("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>"))
			.isEqualTo("| a | b |\n| --- | --- |\n| c | d |");
		String text = "<table>\n<tr><td>a</td></tr>\n\n<tr><td>b</td></tr>\n</table>\nafter";
		assertThat(HtmlBlocks.end(text, 0, 20)).isEqualTo(text.indexOf("\nafter"));
	}

	@Test
	void readsAFormTableByTheSectionsItsLabelsName() {
		MinutesReading.Result result = TestFiles.readText("""
				## Reunión inicial

				<div style="max-width: 900px">
				  <table>
				    <tr><td><b>📝 ORDEN DEL DÍA</b></td>
				      <td><div><b>1:</b> Decidir el lenguaje de programación.</div>
				          <div><b>2:</b> Crear el repositorio.</div></td></tr>

				    <tr><td><b>✅ ACUERDOS ADOPTADOS</b></td>
				      <td><div><b>1:</b> Para el desarrollo utilizaremos Java.</div>
				          <div><b>2:</b> Rafael crea el repositorio y nos da permisos.</div></td></tr>
				  </table>
				</div>
				""", "es");
		assertThat(result.items()).extracting(MinutesItem::text)
			.containsExactly("Para el desarrollo utilizaremos Java.", "Rafael crea el repositorio y nos da permisos.");
	}
}
