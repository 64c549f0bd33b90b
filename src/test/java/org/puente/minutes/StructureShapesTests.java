package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Task tables whose header is in bold, in es/en/pt/fr; the follow-up measures' heading ("Mesures de suivi") and the
 * key points' ("Points clés", "Key points"); a task tagged where it stands ("#todo").
 */
class StructureShapesTests {

	@Test
	void readsATaskTableWhoseHeaderIsInBoldInTheFourLanguages() {
		assertThat(TestFiles.readText("""
				# Acta

				| **Tarea** | **Responsable** | **Fecha límite** |
				|---|---|---|
				| Enviar el presupuesto | Marta | 20/10/2025 |
				""", "es").items()).extracting(MinutesItem::text).containsExactly("Enviar el presupuesto | Marta | 20/10/2025");
		assertThat(TestFiles.readText("""
				# Ata

				| **Tarefa** | **Responsável** |
				|---|---|
				| Publicar a ata | Rui |
				""", "pt").items()).extracting(MinutesItem::text).containsExactly("Publicar a ata | Rui");
		assertThat(TestFiles.readText("""
				# Compte rendu

				| __Tâche__ | __Responsable__ |
				|---|---|
				| Relancer la mairie | Claire |
				""", "fr").items()).extracting(MinutesItem::text).containsExactly("Relancer la mairie | Claire");
		assertThat(TestFiles.readText("""
				# Minutes

				| **Action** | **Owner** | **Due** |
				|---|---|---|
				| Book the room | Sam | 12/05/2026 |
				""", "en").items()).extracting(MinutesItem::text).containsExactly("Book the room | Sam | 12/05/2026");
	}

	@Test
	void readsTheFollowUpMeasuresAsTasks() {
		MinutesReading.Result result = TestFiles.readText("""
				# Procès-verbal du groupe de travail

				## Statistique Canada
				* Reg a participé aux discussions.

				## Mesures de suivi
				* GC – Contacter Daniel.
				* Nick – Examiner quelques outils.
				""", "fr");
		assertThat(result.items()).extracting(MinutesItem::text)
			.containsExactly("GC – Contacter Daniel.", "Nick – Examiner quelques outils.");
	}

	@Test
	void readsATaskTaggedInTheNotes() {
		MinutesReading.Result result = TestFiles.readText("""
				# Finance working group

				### Discussions
				- Payroll
				    - new screens in the tax portal for payroll #todo
				    - the bank moved its office
				- #TODO:ana pedir el presupuesto al gestor
				""", "en");
		assertThat(result.items()).extracting(MinutesItem::text)
			.containsExactly("new screens in the tax portal for payroll #todo", "#TODO:ana pedir el presupuesto al gestor");
	}

	@Test
	void readsTheKeyPointsAsTheOutcomesInTheFourLanguagesButNotTheKeyPointsDiscussed() {
		for (String heading : new String[] { "Points clés", "Key points", "Puntos clave", "Pontos-chave" }) {
			assertThat(TestFiles.readText("# GT 9\n\n## " + heading + "\n\n- Validation du format de l'identifiant\n"
					+ "- Supprimer la table des entrées\n", "fr").items()).extracting(MinutesItem::text)
				.as(heading).containsExactly("Validation du format de l'identifiant", "Supprimer la table des entrées");
		}
		assertThat(TestFiles.readText("# Réunion\n\n## Points clés abordés\n\n- Le calendrier du projet\n"
				+ "- Les outils de communication\n", "fr").items()).isEmpty();
	}
}
