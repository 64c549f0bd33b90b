package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decisions told by the grammar of a sentence's main clause ({@link ToldClauses}): the body or the group as the
 * subject, a verb of deciding in a past, a future or the first person plural, in the minutes' language. A paragraph of
 * discussion that ends so gives that sentence as an item; what follows "que" or "that", a negation, a habit told in the
 * present and a preamble's "Que …" give none. Made-up sentences in the shapes of the development parts' association,
 * team and council minutes, whose words no cue of {@link Narrative} lists.
 */
class ToldClausesTests {

	@ParameterizedTest(name = "{0}: {3}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			fr | Réunion du bureau du 12 mars | La trésorière a présenté le bilan de la kermesse et les dépenses du mois. Les membres ont discuté des dates possibles pour la fête. | Nous retenons la date du 5 mai pour la fête de l'école.
			fr | Réunion du bureau du 12 mars | Deux salles ont été visitées cette semaine par les membres du bureau. Les prix sont proches. | Nous avons finalement retenu la salle Jean Moulin pour l'assemblée générale.
			es | Reunión del equipo del 12 de marzo | Se revisaron las propuestas de diseño recibidas durante la semana. Hubo opiniones diversas sobre los colores. | El equipo eligió el logo azul para la página web.
			es | Reunión de la asociación del 12 de marzo | El presupuesto del año fue presentado por el tesorero y discutido por los socios. | Los miembros votaron la compra de dos computadoras nuevas.
			pt | Reunião da equipe de 12 de março | A equipe apresentou duas propostas de slides para a apresentação. Houve uma discussão sobre as cores. | O grupo definiu o formato da apresentação da release.
			en | Board meeting of 12 March | Two candidates were presented by the chair and answered questions from the members. | The team appointed Sam as treasurer for the coming year.
			""")
	void aParagraphOfDiscussionGivesTheDecisionItsLastSentenceTells(String lang, String heading, String discussion,
			String told) {
		String minutes = "# " + heading + "\n\n" + discussion + " " + told + "\n";
		assertThat(TestFiles.itemTexts(minutes, lang)).containsExactly(told);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			fr | Nous retenons la date du 5 mai pour la fête de l'école.
			fr | Les membres du bureau présents ont unanimement décidé de reporter la fête.
			es | Hemos acordado reunirnos el lunes para revisar la propuesta del grupo.
			es | Acordamos reunirnos el lunes para revisar la propuesta del grupo.
			pt | O grupo aprovou a proposta de calendário para o próximo semestre.
			en | The Board has unanimously approved the budget for the next year.
			en | The editorial team will adopt this approach in the next release.
			""")
	void theGrammarReadsADecisionInEachLanguage(String lang, String sentence) {
		assertThat(ToldClauses.told(sentence, ReadingContext.of(MINUTES.get(lang) + "\n\n" + sentence).languageIndex())).isTrue();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			fr | Marie a rappelé que le bureau avait retenu la salle de la mairie l'an dernier.
			fr | Nous ne retenons pas la proposition de sortie au musée pour cette année.
			fr | Le bureau valide les comptes de l'association chaque année au mois de juin.
			es | Que la comisión eligió a Marta como coordinadora consta en el acta anterior.
			en | The committee never approved the new budget of the library.
			en | If the board approved the budget, the library would open on Sundays.
			pt | O tesoureiro informou que a diretoria aprovou as contas do ano passado.
			""")
	void noDecisionOutsideTheMainClauseDeniedOrHabitual(String lang, String sentence) {
		assertThat(ToldClauses.told(sentence, ReadingContext.of(MINUTES.get(lang) + "\n\n" + sentence).languageIndex())).isFalse();
	}

	/** The opening of minutes in each language: the verbs are read in the language of the minutes, not of one sentence. */
	private static final Map<String, String> MINUTES = Map.of(
			"fr", "Compte rendu de la réunion du bureau. Les membres sont présents dans la salle et le président ouvre la séance.",
			"es", "Acta de la reunión de la junta directiva. Los socios están presentes en la sala y el presidente abre la sesión.",
			"pt", "Ata da reunião da diretoria. Os sócios estão presentes na sala e o presidente abre a sessão.",
			"en", "Minutes of the meeting of the board. The members are present in the room and the chair opens the meeting.");
}
