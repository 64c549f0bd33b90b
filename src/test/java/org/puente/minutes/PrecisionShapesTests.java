package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Shapes that look like sections of decisions or like items and are neither (made-up examples). */
class PrecisionShapesTests {

	@Test
	void aNumberedResolutionHeadingNamesItsPointAndIsNoListOfDecisions() {
		String text = """
				# Assemblée du club

				## Résolutions

				### Résolution 1 – Rapport moral

				La présidente présente l'année écoulée.

				Trois sorties ont été organisées au printemps.

				### Résolution 2 – Cotisations

				Il est décidé de porter la cotisation à 20 euros.
				""";
		assertThat(TestFiles.readText(text, "fr").items()).extracting(MinutesItem::text)
			.containsExactly("Il est décidé de porter la cotisation à 20 euros.");
	}

	@Test
	void anOrdinalResolutionKeepsOnlyTheSentenceThatAdoptsIt() {
		String text = """
				# PV de l'assemblée

				### 1ère résolution : nouveau local

				Le déménagement au nouveau local est adopté à 9 voix contre 1.

				Ainsi, selon l'article 4 :

				* Les membres du bureau reçoivent une clé chacun, à rendre au départ.
				* Les adhérents gardent l'accès par le badge, comme avant.
				""";
		assertThat(TestFiles.itemTexts(text, "fr"))
			.containsExactly("Le déménagement au nouveau local est adopté à 9 voix contre 1.");
	}

	@Test
	void aDecisionsWordGluedToANameInTheTitleOpensNoDecisionsSection() {
		String text = """
				# Quorum-Decision meeting report

				### Présents

				Ana, Luc

				### Objectifs

				* Réunion de lancement et discussion du projet
				* Rendez-vous à venir : séminaire du réseau en mai

				### Discussions

				* **Tâche :**
				  * Nettoyer les données du capteur.
				  * Définir le format commun des fichiers.
				""";
		assertThat(TestFiles.itemTexts(text, "fr"))
			.containsExactly("Nettoyer les données du capteur.", "Définir le format commun des fichiers.");
	}

	@Test
	void aLabelOverPointsThatAreNoTasksIsOneDecisionAndTheNamesUnderItAreWhoDoesIt() {
		String text = """
				### Decisões

				- **Módulos do sistema:**
				  - Cadastro de turmas
				  - Relatórios de frequência
				- **Pesquisa com usuários:**
				  - **Lívia Campos**
				  - **Oscar de Brito**
				""";
		MinutesReading.Result result = TestFiles.readText(text, "pt");
		assertThat(result.items()).extracting(MinutesItem::text).hasSize(2);
		assertThat(result.items().get(0).text()).startsWith("**Módulos do sistema:** Cadastro de turmas");
		assertThat(result.items().get(1).responsible()).extracting(ItemParty::label)
			.containsExactly("Lívia Campos", "Oscar de Brito");
	}

	@Test
	void theLinesOfTheMinutesHeaderAreNoItemsEvenUnderATasksLabel() {
		String text = """
				## Reuniões

				* **Reunião de Revisão de Tarefas**
				    * **Data:** 14/04/2025 (Segunda-feira)
				    * **Local:** Sala 12
				    * **Participantes:** Ana, Bruno
				    * Ana vai revisar o relatório até sexta-feira.
				""";
		assertThat(TestFiles.itemTexts(text, "pt")).containsExactly("Ana vai revisar o relatório até sexta-feira.");
	}

	@Test
	void oneVocabularyOfFieldLabelsWithTheirRoles() {
		// "Data" heads a column of deadlines beside the others, but alone before a colon it dates the meeting
		assertThat(FieldLabels.heads(FieldLabels.Role.DEADLINE, "data")).isTrue();
		assertThat(FieldLabels.heads(FieldLabels.Role.OWNER, "executor responsavel")).isTrue();
		assertThat(FieldLabels.field("data")).isNull();
		assertThat(FieldLabels.field("prazo")).isEqualTo(FieldLabels.Role.DEADLINE);
		assertThat(FieldLabels.field("responsavel")).isEqualTo(FieldLabels.Role.OWNER);
		assertThat(FieldLabels.headerLine("**Fecha:** 3 de mayo de 2025")).isTrue();
		assertThat(FieldLabels.headerLine("Lugar : Salle des fêtes")).isTrue();
		assertThat(FieldLabels.headerLine("Prazo: 20/05")).isFalse();
		assertThat(FieldLabels.headerLine("Date: it was agreed to move the launch to June")).isFalse();
		assertThat(FieldLabels.label("responsable")).isTrue();
		assertThat(FieldLabels.label("chair")).isFalse(); // "AWG Chair" names who acts
	}

	@Test
	void aClauseThatAnnouncesItsListIsTheDecisionAndThePointsWithoutActionArePartOfIt() {
		String text = """
				El Comité de Coordinación de la Red, reunido en Quito el 3 de marzo de 2025 bajo la presidencia de Ecuador, tras examinar los informes de los grupos de trabajo, eleva a la Asamblea para su consideración los siguientes documentos:
				a) Proyecto de Declaración sobre movilidad académica;
				b) Proyecto de Plan de Trabajo 2025-2026;
				c) Informe financiero del ejercicio anterior.
				""";
		assertThat(TestFiles.itemTexts(text, "es")).singleElement().asString()
			.startsWith("El Comité de Coordinación de la Red").contains("b) Proyecto de Plan de Trabajo");
	}

	@Test
	void theChangeLogOfTheDocumentAndAnImageAloneAreNoItems() {
		String text = """
				**Registro de cambios**

				| Fecha | Versión | Autor | Descripción |
				|---|---|---|---|
				| 02/03/2025 | v1.1 | Marta Gil | Corrección de erratas. |

				# Acuerdos

				- Se aprueba el calendario de entregas.

				![Resultado de la votación](img/votos.png)
				""";
		assertThat(TestFiles.itemTexts(text, "es")).containsExactly("Se aprueba el calendario de entregas.");
	}

	@Test
	void afterADecisionLineTheNextReportedPointIsNoItemAndANoteTakenDecidesNothing() {
		String text = """
				ACTA DE LA SESIÓN Nº 7 DEL CONSEJO DE ESCUELA

				1.1 Comunicación 114-05 de la Dirección de Extensión informando sobre el calendario de cursos libres del año.

				DECISIÓN: Aprobado. Se remitirá copia a los departamentos.

				1.2 Oficio 2207 de la Coordinación Administrativa informando sobre la ejecución del presupuesto del primer semestre.

				DECISIÓN: En cuenta.
				""";
		// the item keeps its label, as the corpus golds write it ("DECISIÓN: Diferidas"); "DECISIÓN: En cuenta." takes note
		assertThat(TestFiles.itemTexts(text, "es"))
			.containsExactly("DECISIÓN: Aprobado. Se remitirá copia a los departamentos.");
	}

	@Test
	void thatTheMeetingTookPlaceIsNoDecisionEvenUnderTheDecisionsHeading() {
		String text = """
				DÉCISIONS

				1. Le Comité régional a tenu sa 12e session à Dakar sous la présidence du Sénégal.

				2. Le Comité adopte le budget de l'exercice 2026.
				""";
		assertThat(TestFiles.itemTexts(text, "fr")).containsExactly("Le Comité adopte le budget de l'exercice 2026.");
	}

	@Test
	void inPlainTextAResolutionNamedByItsSubjectIsAPointNotAnItem() {
		String text = """
				ACTA DE LA ASAMBLEA DE SOCIOS

				Resolución 1 – Informe de gestión

				La presidenta presenta el informe del año.

				Resolución 2

				Se aprueba la cuota anual de 20 euros.
				""";
		assertThat(TestFiles.itemTexts(text, "es")).containsExactly("Se aprueba la cuota anual de 20 euros.");
	}

	@Test
	void aMeetingNamedByItsBusinessIsNoTasksSectionAndAShortInfinitiveStillMakesAnOwnerLine() {
		String text = """
				## Reuniões

				* **Reunião de Revisão de Tarefas**
				    * **Ata:** Cada dupla mostrou o andamento do seu trabalho.
				* **Reunião de Planejamento**
				    * **Ata:** As tarefas foram distribuídas da seguinte forma:
				        * **Lia e Caio:** Usar a planilha para listar os fornecedores.
				        * **Rui e Ana:** Escolher os indicadores do painel.
				""";
		assertThat(TestFiles.itemTexts(text, "pt")).anySatisfy(t -> assertThat(t).startsWith("**Lia e Caio:** Usar a planilha"))
			.noneSatisfy(t -> assertThat(t).contains("Cada dupla mostrou"));
	}

	@Test
	void anAcceptedVoteMakesTheMotionAboveItAnItemAndTheMinutesTakenAsATrueRecordAreNone() {
		String text = """
				## Points

				### Opening hours

				The workshop will open on Saturdays from March, with two volunteers per shift.

				Accepted unanimously.

				### Minutes

				Proposed as a true record by Cllr Reed, seconded by Cllr Kaur and unanimously approved.
				""";
		assertThat(TestFiles.itemTexts(text, "en"))
			.containsExactly("The workshop will open on Saturdays from March, with two volunteers per shift.");
	}

	@Test
	void thePreambleOfAResolutionTheOpeningOfTheSessionAndNothingToReportAreNoItems() {
		String text = """
				## Decisions

				1. Having examined document CONF/7/3.REV,
				2. Recalling its decision 6.CONF 4,
				3. Requests the secretariat to publish the register by June 2026.

				## Notes

				- Ouverture de la séance par la présidente.
				- Trésorerie : rien à signaler.
				""";
		assertThat(TestFiles.itemTexts(text, "en"))
			.containsExactly("Requests the secretariat to publish the register by June 2026.");
	}

	@Test
	void theVoteThatOnlySaysThisResolutionWasAdoptedIsNoItemOfItsOwn() {
		assertThat(Procedural.frame("Cette résolution a été adoptée par 12 voix contre 2.")).isTrue();
		assertThat(Procedural.frame("This motion was carried unanimously.")).isTrue();
		assertThat(Procedural.frame("La résolution sur le budget 2026 fixe la cotisation à 20 euros.")).isFalse();
		// who signed the minutes closes them and decides nothing
		assertThat(Procedural.frame("*Firmado por la secretaria y el presidente del club.*")).isTrue();
		assertThat(Procedural.frame("Signed by the chair on behalf of the board.")).isTrue();
	}
}
