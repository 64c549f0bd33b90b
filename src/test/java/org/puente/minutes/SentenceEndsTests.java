package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Where a paragraph's sentences end when a text copied from a PDF or a web page lost the space after a stop. */
class SentenceEndsTests {

	private static List<String> sentences(String paragraph) {
		return Narrative.sentences(paragraph, true, ReadingContext.of(paragraph)).stream().map(s -> paragraph.substring(s[0], s[1]).strip()).toList();
	}

	@Test
	void endsASentenceAtAStopWithNoSpaceBeforeACapitalisedWord() {
		assertThat(sentences("Nadia y Eva se responsabilizan de traer alternativas bancarias.Se aprueba por unanimidad el "
				+ "presupuesto para el curso 2012/2013.")).containsExactly(
						"Nadia y Eva se responsabilizan de traer alternativas bancarias.",
						"Se aprueba por unanimidad el presupuesto para el curso 2012/2013.");
		assertThat(sentences("O Governo apresentou a nota sobre as contas do ano passado à Assembleia em Maputo.A sessão aprovou, também, o decreto sobre "
				+ "as taxas.")).hasSize(2);
		assertThat(sentences("Le bureau a étudié le budget du club pour la saison prochaine et les nouvelles sections.Il a décidé de lancer la campagne de recrutement en "
				+ "septembre.")).hasSize(2);
		assertThat(sentences("The board discussed the budget for the new year and the costs of the hall in detail.It was agreed to raise the fees by ten "
				+ "per cent.")).hasSize(2);
	}

	@Test
	void keepsWholeWhatAStopWithNoSpaceDoesNotEnd() {
		for (String one : List.of("Pregunta el Sr.Presidente si se aprueba el acta de la sesión anterior.",
				"Hay un saldo de 4.120,00 euros en la cuenta corriente de la asociación.",
				"Según el art.5 de los estatutos la asamblea elige a la junta directiva.",
				"The documents are on www.Example.org for all the members to read.",
				"The team moved to the U.S.A. Office in March and reported on the move.",
				"A página está em github.com/PuenteOrg e todos podem contribuir com ela.",
				"Le rapport cite la norme ISO 19115.Partie 1 pour les métadonnées.")) {
			assertThat(sentences(one)).as(one).hasSize(1);
		}
	}

	@Test
	void endsASentenceBeforeAPointNumberedInTheLineAfterIt() {
		assertThat(sentences("Se aprueba por unanimidad la propuesta presentada por el grupo sobre las escuelas infantiles. "
				+ "1º.- Se aprueba el acta de la sesión anterior sin enmiendas.")).last()
			.isEqualTo("Se aprueba el acta de la sesión anterior sin enmiendas.");
		assertThat(sentences("The board reviewed the outstanding items of the action list in detail. b. Ana to update "
				+ "the documentation for the new compilers.")).last()
			.isEqualTo("Ana to update the documentation for the new compilers.");
		assertThat(sentences("Quanto ao item II, a proposta foi levada à assembleia, sendo a mesma aprovada por unanimidade: "
				+ "A - O cooperado inadimplente deverá comparecer até o dia 18/12/2009.")).last()
			.isEqualTo("O cooperado inadimplente deverá comparecer até o dia 18/12/2009.");
		assertThat(sentences("La Conferencia, tras deliberar sobre los puntos del orden del día, ACUERDA: PRIMERO.- Se "
				+ "aprueba el orden del día.")).last().isEqualTo("Se aprueba el orden del día.");
		assertThat(sentences("Le conseil a examiné les deux projets présentés par le maire et ses adjoints. 2) Le projet "
				+ "de la salle est adopté à l'unanimité.")).last().isEqualTo("Le projet de la salle est adopté à l'unanimité.");
	}

	@Test
	void keepsAFigureAfterAColonWithTheSentenceThatAnnouncesIt() {
		assertThat(sentences("Foram votados e aprovados por unanimidade dois projetos de lei, a saber: 1) Projeto de Lei "
				+ "nº 004/2024, de autoria do Vereador.")).hasSize(1);
		assertThat(sentences("The meeting will be held on 3. March in the town hall with all the members.")).hasSize(1);
	}

	/** A run-on acta line: decisions one after another, parted by a title's dashes, an ordinal, bold or an arrow. */
	@Test
	void partsTheDecisionsOfARunOnActaLine() {
		String acta = "Pregunta el Sr. Presidente si hay observaciones al acta, y no formulándose ninguna, queda aprobada. "
				+ "3.- SUBVENCIONES A ENTIDADES DEPORTIVAS.- Se acuerda conceder a los clubes las ayudas propuestas por la "
				+ "comisión, para que el servicio proceda a las siguientes actuaciones: 1ª Notificar el acuerdo a las "
				+ "entidades interesadas. 2ª Tramitar el pago antes de fin de mes.";
		assertThat(sentences(acta)).containsExactly(
				"Pregunta el Sr. Presidente si hay observaciones al acta, y no formulándose ninguna, queda aprobada.",
				"SUBVENCIONES A ENTIDADES DEPORTIVAS.-",
				"Se acuerda conceder a los clubes las ayudas propuestas por la comisión, para que el servicio proceda a las siguientes actuaciones:",
				"Notificar el acuerdo a las entidades interesadas.", "Tramitar el pago antes de fin de mes.");
		assertThat(sentences("A ata foi aprovada com seis votos a favor e um voto contra.--- De seguida a Assembleia aprovou o "
				+ "regulamento do cemitério.")).last().isEqualTo("De seguida a Assembleia aprovou o regulamento do cemitério.");
		assertThat(sentences("Le site actuel utilise beaucoup trop de technologies différentes (PHP, Java et Node). **Marie DURAND** "
				+ "refera le site en un seul langage.")).last().isEqualTo("**Marie DURAND** refera le site en un seul langage.");
		assertThat(sentences("Le feu piéton n’est toujours pas installé à la sortie du parking, près de l’école. => Monsieur le Maire : voir avec "
				+ "les services techniques.")).last().isEqualTo("Monsieur le Maire : voir avec les services techniques.");
	}

	@Test
	void keepsAnOrdinalAndADashInsideASentenceWhole() {
		assertThat(sentences("La 2ª convocatoria se celebró con la asistencia de doce socios y se aprobó el acta.")).hasSize(1);
		assertThat(sentences("El salón de actos (planta 1ª) queda reservado para la asamblea del mes de junio.")).hasSize(1);
		assertThat(sentences("The build uses a->b mapping and x -> y rules for the old files in the repository.")).hasSize(1);
	}
}
