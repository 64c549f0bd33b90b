package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Decisions and tasks told inside paragraphs, read sentence by sentence in the four languages. */
class NarrativeTests {

	private static List<String> told(String paragraph) {
		return Narrative.sentences(paragraph, ReadingContext.of(paragraph)).stream().map(s -> paragraph.substring(s[0], s[1])).toList();
	}

	@Test
	void findsTheSentenceThatTellsTheDecisionAndStartsThere() {
		// a first sentence under 60 characters names the topic and stays with the decision (the last case)
		assertThat(told("The Steering Council discussed Debian's Python distro issues at some length. "
				+ "The Steering Council will collect the concerns."))
			.containsExactly("The Steering Council will collect the concerns.");
		assertThat(told("Le premier rapport est relatif à la passation d'un marché de gré à gré. Au terme de ses délibérations, le conseil a autorisé "
				+ "la passation dudit marché.")).containsExactly("Au terme de ses délibérations, le conseil a autorisé "
						+ "la passation dudit marché.");
		assertThat(told("A fim de atender a FHEMIG, concordamos em realizar a implementação do SIPE."))
			.hasSize(1);
		assertThat(told("Participación en Flisol 2016. Facundo enviará un mail a la lista.")) // the topic stays with it
			.containsExactly("Participación en Flisol 2016. Facundo enviará un mail a la lista.");
	}

	@Test
	void aLabelInWrappedLinesStartsASentenceAndANumberedActionIsRead() {
		assertThat(told("Action Item A2014-09: All WDCs are required to post the data policy [All WDCs, 28 February]"
				+ " Action Item A2014-10: Draft an amendment to the data policy [JK/MS, before next meeting]"))
			.containsExactly("Action Item A2014-09: All WDCs are required to post the data policy [All WDCs, 28 February]",
					"Action Item A2014-10: Draft an amendment to the data policy [JK/MS, before next meeting]");
		assertThat(told("Se revisó el calendario de entregas del proyecto final de la asignatura Tarea T-3: preparar la demo"))
			.containsExactly("Tarea T-3: preparar la demo");
	}

	@Test
	void readsADecisionWithAWordBetweenItsAuxiliaryAndItsVerb() {
		for (String told : List.of("It was also resolved that the approved minutes would be displayed on the website.",
				"Foi igualmente aprovado que a cobrança da refeição se faria no átrio.",
				"Ficou também decidido que se enviariam convites aos sócios.",
				"El presupuesto fue también aprobado por la asamblea de socios.",
				"Les organisations syndicales ont unanimement décidé de boycotter cette instance.",
				"Il a également été convenu de reprendre contact avec la mairie.")) {
			assertThat(Narrative.states(told)).as(told).isTrue();
		}
		assertThat(Narrative.states("The proposal was also discussed at some length by the members.")).isFalse();
	}

	@Test
	void keepsADecisionThatGoesOnWithAnAdditiveWordAsOneItem() {
		assertThat(told("La Conférence exhorte les autorités à accélérer. En outre, la Conférence instruit la Commission "
				+ "d'aider la Guinée.")).hasSize(1);
		assertThat(told("The Board decided to hold a closed session. Thomas will send the notice.")).hasSize(2);
		assertThat(told("After discussion we agreed that the committee could share email addresses. Additionally we"
				+ " agreed not to use 'reply all'.")).hasSize(1); // the same "we" goes on
	}

	/** An impersonal decision after "Además", "Além disso", "Par ailleurs", "Also" is a decision of its own (f, o, q, ac). */
	@Test
	void startsAnItemAtAnImpersonalDecisionAfterAnAdditiveWordInTheFourLanguages() {
		assertThat(told("En concreto, se aprobó el inicio de un expediente de contratación. Además, se dio luz verde al"
				+ " convenio de colaboración con el IES Mare Nostrum.")).containsExactly(
						"En concreto, se aprobó el inicio de un expediente de contratación.",
						"Además, se dio luz verde al convenio de colaboración con el IES Mare Nostrum.");
		assertThat(told("Resolveu que a Diretoria aprovou a recomendação do Comitê. Além disso, ficou decidido que a"
				+ " Diretoria aprovou o processo de certificação.")).hasSize(2);
		assertThat(told("Dès que possible, les comptes seront regroupés dans un seul établissement. Par ailleurs, la"
				+ " déclaration de TVA sera à faire avant le 21 janvier.")).hasSize(2);
		assertThat(told("The budget for 2024 was approved by the members present. Also, it was agreed to hire a clerk"
				+ " for the summer.")).hasSize(2);
	}

	@ParameterizedTest
	@ValueSource(strings = { "The board discussed who should be treasurer.",
			"La primera reunión fue muy productiva.",
			"La Conférence a pris note du taux de croissance.",
			"Will the board approve the budget?",
			"Se repasó el feedback, comprobando qué tenemos que hacer.",
			"Due to the March storms the fair was cancelled." })
	void leavesTheAccountOfTheDiscussionAlone(String text) {
		assertThat(told(text)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Instruimos al Consejo Andino de Ministros que presente un informe.",
			"Prie le Secrétariat de diffuser le rapport.",
			"Recordamos y renovamos los compromisos sobre la Resistencia Antimicrobiana.",
			"12/4 : Chris/Hello rédigera un article sur les API." })
	void readsOperativeParagraphsAndRenewedCommitments(String text) {
		assertThat(Narrative.states(text)).isTrue();
	}

	@Test
	void aMarkdownBulletThatTellsADecisionIsReadFromItsSentence() {
		MinutesReading.Result result = TestFiles.READING.read("""
				## February 08

				- The Steering Council discussed adding a TOML module to the standard library. It was decided that \
				maintainers should write a PEP.
				- Ezio joined the meeting to give an update on the GitHub migration work. Another sync up has been \
				scheduled with the SC on March 29th.
				""", LocalDate.of(2021, 2, 8), Optional.of("en"));
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly(
				"It was decided that maintainers should write a PEP.",
				"Another sync up has been scheduled with the SC on March 29th.");
		assertThat(result.items().get(1).dates()).extracting(ItemDate::start).containsExactly(LocalDate.of(2021, 3, 29));
	}
	@ParameterizedTest
	@ValueSource(strings = { "Los delegados acordaron reunirse de nuevo en marzo.",
			"Os membros aprovaram o novo regimento sem restrições.",
			"Le bureau vote à l'unanimité la hausse de la cotisation.",
			"Les deux candidatures sont acceptées.",
			"Ana Souza was re-elected treasurer.",
			"As propostas foram aceitas por todos.", "Les membres ont également approuvé le calendrier.",
			"Carmen ha sido designada coordinadora del proyecto.", "Se dio luz verde al convenio con la universidad.",
			"Les bénévoles vont préparer la salle.", "Los alumnos van a entregar el informe el lunes." })
	void readsADecisionToldAsDoneByThoseWhoMet(String text) {
		assertThat(Narrative.states(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Marta: Send the budget to the bank.", "Luis, Pedro: Read the draft statutes.",
			"All: Continue working on the report.", "Nina: please book the room." })
	void readsANamedPersonsInstructionAfterAColon(String text) {
		assertThat(Narrative.states(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Evaluation: compare the two models.", "Infrastructure: configure the server.",
			"Budget: 300 euros for the venue." })
	void leavesATopicBeforeAColonAlone(String text) {
		assertThat(Narrative.states(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "La démonstration est prévue le 12 mars.", "Informe a entregar até sexta.",
			"Targeting the end of the month for the release.", "The draft should be ready by EOD Friday.",
			"Presentación programada para el 4/11.", "Paulo is checking the logs and will report back on Friday." })
	void readsSomethingPlannedForADayOrDueByOne(String text) {
		assertThat(Narrative.states(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Revisión del glosario, tarea asignada a Lucía Gómez.", "Buvette : Paul et Léa s'en occupent.",
			"A Joana fica responsável pelo cartaz.", "Tom will take care of the invoices.", "Rita chosen as team leader.",
			"Pedro fue elegido como tesorero.", "Los cancilleres exhortaron a los donantes a sumar fondos.",
			"Maya offered to draft the charter.", "Proposed by Cllr Reed, seconded by Cllr Hall.",
			"Sofía asume la gestión del repositorio.", "The tool is ready – Omar will announce it.",
			"El Consejo Directivo, en su sesión ordinaria del 3 de abril, aprobó el calendario." })
	void readsATaskOrARoleGivenToSomeone(String text) {
		assertThat(Narrative.states(text)).isTrue();
	}

	@Test
	void readsTheFrenchOfMinutesAndLeavesWhatDecidesNothing() {
		List<String> told = List.of("Le compte rendu sera transmis à chaque membre avant la réunion suivante.",
				"Les inscriptions seront recueillies dès la réunion de mai.", "Les maquettes seront revues par l'équipe.",
				"Une lettre de remerciement va être rédigée par le bureau.", "Les corrections devront être intégrées au rapport.",
				"**Vote du budget** 12 voix pour, 0 contre, 1 abstention.", "L'assemblée générale désigne Paul comme trésorier.",
				"Majoritairement l'assemblée se prononce pour le maintien de la fête.", "Nous avons décidée de réserver la salle.",
				"Les membres ont opté pour une refonte du site.", "Claire et Hugo se rendront au salon pour représenter le club.",
				"Julie s'occupe de la billetterie.", "Marc se chargera de la réservation.");
		assertThat(told).filteredOn(text -> !Narrative.states(text)).isEmpty();
		List<String> notTold = List.of("La salle sera disponible en juin.", "Ils nous donneront 4 voix pour les prochains votes.",
				"Le site ne sera jamais terminé sans aide.", "Claire et Hugo seront absents en juin.");
		assertThat(notTold).filteredOn(Narrative::states).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Helder ficou de ver a possibilidade com a prefeitura.", "Ana quedó en enviar el informe.",
			"Los delegados se comprometieron a revisar el texto.", "Eric committed to sponsoring the filing costs.",
			"Claire s'est engagée à contacter la mairie.", "Houve consenso sobre a data da assembleia.",
			"Se llegó a un acuerdo sobre el local.", "Consensus was reached on the new logo.", "La date a fait consensus.",
			"Se definen las bases del concurso.", "Foram delineados mecanismos para o uso do celular.",
			"Quatre projets ont été définis.", "The roles were defined for the next sprint.",
			"Action: Clerk to obtain quotes for the works.", "ACTION – AH – Send the email to the planners.",
			"Tarefa: revisar o regimento.", "À faire : réserver la salle.", "Ficou, inclusive, de verificar a reserva.",
			"Marta queda encargada de reservar el local.", "Os sócios ficarão responsáveis pela revisão.",
			"Tom is responsible for the minutes.", "Léa est responsable de la billetterie." })
	void readsATaskTakenOnAConsensusReachedOrAThingDefined(String text) {
		assertThat(Narrative.states(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Además se nombra nuevo vicepresidente de la Junta Directiva.", "También se archivaron varios expedientes.",
			"Os processos foram arquivados.", "Les dossiers sont classés.", "The two requests were archived.",
			"Varias delegaciones hablaron, decidiéndose por consenso analizar el proyecto.", "Decidiu este executivo visitar o local.",
			"Guilherme disse que ainda vai fazer o levantamento dos gastos.", "Ana dijo que va a enviar el acta.",
			"Tom said he will send the invoices.", "Se creará un repositorio para el proyecto.",
			"Le retournement se fera le jeudi 20 novembre." })
	void readsWhatABodyDoesBySayingItAndAnImpersonalPlan(String text) {
		assertThat(Narrative.states(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Se espera con mucho beneplácito los insumos de los países.", "O vereador ficou de fora da votação.",
			"A equipe se comprometeu com as entregas da sprint.", "De conformidad con lo que se establece en el artículo 118.",
			"Repasaron la preparación de la Cumbre, que se celebrará en Cádiz.", "No se admitirán nuevos miembros.",
			"He said it would be good to review the issue." })
	void leavesWhatOnlyLooksLikeATaskTakenOn(String text) {
		assertThat(Narrative.states(text)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Il a, sur ce sujet, instruit le gouvernement de réduire au strict minimum les locations.",
			"Le Chef de l'Etat a aussi demandé au Gouvernement de finaliser le programme.",
			"A cet effet, il a invité le Gouvernement à développer une stratégie spécifique.",
			"De igual modo, solicitan al gobierno de Nicolás Maduro que facilite la obtención de los documentos.",
			"Nesta sessão, o Conselho de Ministros apreciou, para envio à Assembleia Nacional, a Proposta de Lei.",
			"The Governing Body approved the holding of the 17th Regional American Meeting in Santiago.",
			"O Executivo aprovou os regulamentos sobre protecção social na velhice." })
	void readsAGovernmentsInstructionsAsItsCommuniqueTellsThem(String text) {
		assertThat(Narrative.states(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Monsieur le Maire invite le conseil à procéder à l'élection du délégué.",
			"El presidente de la comisión solicitó a la secretaría informara sobre el cómputo de asistencia.",
			"Mensalmente será entregue aos pais um envelope para envio do pagamento." })
	void leavesTheRunningOfTheMeetingAloneWhereNoGovernmentIsInstructed(String text) {
		assertThat(Narrative.states(text)).isFalse();
	}

	@Test
	void plainTextBesideADecisionsSectionKeepsTheTaskToldInAParagraphNotTheDiscussionsList() {
		MinutesReading.Result result = TestFiles.READING.read("""
				ACTA DE LA REUNIÓN DEL COMITÉ

				Desarrollo

				El comité revisó con detalle el presupuesto del año y las cuentas del trimestre pasado.
				Ana quedó en enviar el informe a la junta.

				- Chile propone revisar el calendario y Pedro enviará los datos.

				Acuerdos

				1. Aprobar el presupuesto de 2024.
				""", LocalDate.of(2024, 3, 1), Optional.of("es"));
		assertThat(result.items()).extracting(MinutesItem::text)
			.containsExactlyInAnyOrder("Aprobar el presupuesto de 2024.", "Ana quedó en enviar el informe a la junta.");
	}
}
