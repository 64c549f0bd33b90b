package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Shapes the engine proposed wrongly, mended structurally (bench/minutes-quality/README.md, "What the engine proposes
 * wrongly, by shape, 6 December"; made-up minutes).
 */
class FalsePositiveShapesTests {

	@Test
	void aTableThatComparesOptionsUnderTheDecisionsGivesNoItems() {
		// the choice is the decision listed above; the table weighs the options, row by row
		assertThat(TestFiles.itemTexts("""
				# Minuta del equipo, 4 de abril

				## Decisiones

				- Se usará Express.js para el backend.
				- Se usará React para el frontend.

				**Justificación y comparativa**

				| Criterio | Express.js | NestJS |
				| --- | --- | --- |
				| **Curva de aprendizaje** | Baja. Es minimalista. | Media-alta. Requiere aprender su arquitectura. |
				| **Razón de la elección** | Su flexibilidad permite construir la arquitectura en capas. | |
				""", "es")).containsExactly("Se usará Express.js para el backend.", "Se usará React para el frontend.");
	}

	@Test
	void aCriteriaColumnBesideATaskColumnIsStillATaskTable() {
		assertThat(compares(java.util.List.of("Criterio", "Express.js", "NestJS"))).isTrue();
		assertThat(compares(java.util.List.of("Criterio", "Tarea", "Responsable"))).isFalse();
		assertThat(compares(java.util.List.of("Tema", "Express.js", "NestJS"))).isFalse();
	}

	@Test
	void aDecisionToldInAListItemsSecondSentenceIsTheListItemUnlessFarIn() {
		// one agreement per list item: the item starts where the list item starts (second case); a list item that is
		// a paragraph of prose, its told sentence 150 characters in, keeps it as its own (first case)
		assertThat(ListItemTold.spans(java.util.List.of(new int[] { 0, 150, 0 }, new int[] { 151, 200, 1 })))
			.extracting(s -> s[0]).containsExactly(0, 151);
		assertThat(ListItemTold.spans(java.util.List.of(new int[] { 0, 60, 0 }, new int[] { 61, 120, 1 },
				new int[] { 121, 160, 1 }))).extracting(s -> s[0] + "-" + s[1] + ":" + s[2])
			.containsExactly("0-120:1", "121-160:1");
	}

	private static boolean compares(java.util.List<String> header) {
		return ComparisonTables.compares(header, TaskColumns.of(header));
	}
}
