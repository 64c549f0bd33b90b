package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The meeting's own procedure is no agreement, unless the minutes list it among their decisions. */
class ProceduralTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			To approve the minutes of the meeting held on 3 March | true
			3. Apologies for absence were received from two members. | true
			The meeting was adjourned at 9.15 pm. | true
			Aprobación del orden del día. | true
			Se levanta la sesión a las 20:10 horas. | true
			L'ordre du jour est adopté à l'unanimité. | true
			La séance est levée à 18 h. | true
			A ata da reunião anterior foi aprovada sem alterações. | true
			Nada mais havendo a tratar, encerrou-se a reunião. | true
			The board held its annual meeting in Leeds on 4 May. | true
			A assembleia teve lugar na sede da associação. | true
			Estuvieron presentes los delegados de las cinco provincias. | true
			Le conseil a observé une minute de silence. | true
			Le compte rendu de la réunion précédente est validé à l'unanimité. | true
			As atas das duas últimas reuniões estão aprovadas. | true
			El acta de la sesión del 3 de mayo, se aprobó por unanimidad. | true
			Se da lectura al orden del día, que es aprobado sin cambios. | true
			The minutes of the March meeting were passed without amendment. | true
			Ana accepted the previous minutes as a true account and Luis seconded. | true
			La reunión concluyó a las 19:40 hrs. | true
			The meeting ended at 8 pm. | true
			Maria will facilitate | true
			La séance est présidée par la maire. | true
			A sessão foi presidida pelo vereador João. | true
			Sandra Alves volunteered to take notes. | true
			The draft notes were confirmed without amendment. | true
			El Pleno acuerda aprobar el acta por unanimidad. | true
			Carlos will chair the new working group on housing. | false
			El Pleno acuerda aprobar el acta de constitución del consorcio. | false
			The report on the meeting ended with three proposals. | false
			Approve the budget for the summer school | false
			Aprobar el acta de constitución de la asociación | false
			Adoption of the Agenda 2030 action plan for the region | false
			Se aprueba el acta anterior, adoptándose el siguiente acuerdo: publicarla en la web | false
			Le trésorier enverra le compte-rendu financier avant le 15 mai. | false
			The next meeting will be held in Lisbon on 12 June. | false
			""")
	void tellsTheMeetingsOwnProcedureFromDecisionsThatOnlyLookSo(String text, boolean procedural) {
		assertThat(Procedural.is(text)).isEqualTo(procedural);
	}

	@Test
	void leavesTheProcedureOutOfPlainMinutesButKeepsItUnderADecisionsHeading() {
		MinutesReading.Result plain = TestFiles.readText("""
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
		MinutesReading.Result listed = TestFiles.readText("""
				## Decisiones

				- Se aprueba el orden del día.
				- Ana enviará el presupuesto antes del viernes.
				""", "es");
		assertThat(listed.items()).extracting(MinutesItem::text)
			.containsExactly("Se aprueba el orden del día.", "Ana enviará el presupuesto antes del viernes.");
		MinutesReading.Result outside = TestFiles.readText("""
				## Apertura

				Se aprueba el orden del día.

				## Tareas

				- Ana enviará el presupuesto antes del viernes.
				""", "es");
		assertThat(outside.items()).extracting(MinutesItem::text)
			.containsExactly("Ana enviará el presupuesto antes del viernes.");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			(none) | true
			Action item: n/a | true
			See: [2016-11-09 minutes](/minutes/Committee/2016-11-09) | true
			✅ **Conclusión 1:** Ver **ANEXO**. | true
			Acuerdos: ninguno. | true
			Encaminhamentos: nenhum | true
			Veja a ata anterior. | true
			Décisions : néant | true
			Voir le compte rendu ci-dessous. | true
			None of the members objected to the new budget. | false
			See that the budget is sent by Friday. | false
			Ver con la alcaldía la fecha del taller. | false
			Voir avec Luc pour la salle. | false
			""")
	void anItemThatHoldsNothingOrOnlyPointsElsewhereIsNoItem(String text, boolean nothing) {
		assertThat(Procedural.frame(text)).isEqualTo(nothing);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			The motion was seconded and, after some discussion, passed by a show of hands. | true
			The motion was seconded and failed by voice vote. | true
			By voice vote the motion carried unanimously, 4-0. | true
			The proposals were put to the vote and carried unanimously by those members present. | true
			Member Hage so moved, Chair Jerdonek seconded. | true
			El resultado de la votación ha sido de 11 votos a favor y un voto en blanco. | true
			Se vota con dispensa de trámite, se aprueba, con cuatro votos a favor. | true
			O resultado da votação foi de 9 votos a favor e 2 contra. | true
			A proposta foi posta em votação e aprovada por unanimidade. | true
			Le résultat du vote est de 12 voix pour et 2 abstentions. | true
			La proposition a été mise aux voix et adoptée à l'unanimité. | true
			The motion to buy a new projector was approved. | false
			By unanimous vote, the board approved the 2025 budget. | false
			Se vota y se aprueba la modificación del presupuesto municipal. | false
			The proposal was approved to fund the trip to Lisbon. | false
			""")
	void theVoteToldInASentenceNamesNothingDecided(String text, boolean vote) {
		assertThat(Procedural.frame(text)).isEqualTo(vote);
	}
}
