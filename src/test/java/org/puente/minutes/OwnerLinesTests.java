package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Notes that give each task as "Name: what to do", in Markdown or plain text: each line is an action, the name its
 * responsible, a weekday its deadline counted forward from the meeting; a field label before a colon names nobody.
 */
class OwnerLinesTests {

	/** A Monday: Wednesday is the 5th, Friday the 7th. */
	private static final LocalDate MEETING = LocalDate.of(2025, 3, 3);

	@Test
	void anOwnerAColonAndWhatTheyAreToDoIsAnActionOfTheirs() {
		MinutesReading.Result read = TestFiles.READING.read("""
				# Team meeting

				## Notes

				- We talked about the release.
				- XYZ: To update the PR by Wednesday
				- Objective: improve the docs
				- SRL: More of a concatenation than a merge.
				""", MEETING, Optional.of("en"));

		assertThat(read.items()).hasSize(1);
		MinutesItem item = read.items().get(0);
		assertThat(item.text()).isEqualTo("XYZ: To update the PR by Wednesday");
		assertThat(item.responsible()).extracting(ItemParty::label).containsExactly("XYZ");
		assertThat(item.dates()).singleElement().satisfies(d -> {
			assertThat(d.start()).isEqualTo(LocalDate.of(2025, 3, 5));
			assertThat(d.kind()).isEqualTo(ItemDate.Kind.DEADLINE);
		});
	}

	@Test
	void eachOwnerLineOfPlainTextIsAnActionEvenWithoutABlankLineBetween() {
		MinutesReading.Result read = TestFiles.READING.read("""
				REUNIÓN DEL EQUIPO

				Se habló del calendario de la guía.

				Ana: enviar el borrador antes del viernes
				Luis Pérez: revisar la traducción la próxima semana
				""", MEETING, Optional.of("es"));

		assertThat(read.items()).extracting(MinutesItem::text).containsExactly(
				"Ana: enviar el borrador antes del viernes", "Luis Pérez: revisar la traducción la próxima semana");
		assertThat(read.items().get(0).responsible()).extracting(ItemParty::label).containsExactly("Ana");
		assertThat(read.items().get(0).dates()).extracting(ItemDate::start).containsExactly(LocalDate.of(2025, 3, 7));
		assertThat(read.items().get(1).responsible()).extracting(ItemParty::label).containsExactly("Luis Pérez");
	}

	@Test
	void severalOwnersAndADirectoryActorAreAllResponsible() {
		MinutesReading.Result read = TestFiles.READING.read("""
				# Reunião

				## Notas

				* Maria e João: revisar o glossário até sexta-feira
				* Chile: enviar o relatório até 30 de abril
				""", MEETING, Optional.of("pt"));

		assertThat(read.items()).hasSize(2);
		assertThat(read.items().get(0).responsible()).extracting(ItemParty::label).containsExactly("Maria", "João");
		assertThat(read.items().get(0).dates()).extracting(ItemDate::start).containsExactly(LocalDate.of(2025, 3, 7));
		assertThat(read.items().get(1).responsible()).extracting(ItemParty::id).containsExactly("country:CL");
		assertThat(read.items().get(1).mentioned()).isEmpty();
	}

	/** The item keeps its cue ("Decidiu-se que …"); who acts is still the subject of the clause after it. */
	@Test
	void theSubjectAfterADecisionCueIsResponsible() {
		for (String[] told : List.of(
				new String[] { "Item 3 – Cooperação. Após debate, decidiu-se que a OIM encaminhará o plano até 15/11/2025.",
						"Após debate, decidiu-se que a OIM encaminhará o plano até 15/11/2025.", "org:IOM" },
				new String[] { "1. DECRETO\n\nO Brasil apresentou a lei.\n\nFica acordado que o Brasil enviará o texto.",
						"Fica acordado que o Brasil enviará o texto.", "country:BR" })) {
			MinutesReading.Result read = TestFiles.READING.read("ATA DA REUNIÃO\n\n" + told[0] + "\n", MEETING,
					Optional.of("pt"));
			assertThat(read.items()).extracting(MinutesItem::text).containsExactly(told[1]);
			assertThat(read.items().get(0).responsible()).extracting(ItemParty::id).containsExactly(told[2]);
		}
	}

	@Test
	void fieldLabelsAndSentencesAreNoOwners() {
		for (String line : List.of("Objetivo: mejorar la guía", "Present: Alyson Keane (Chair)", "Lieu : Telecom Nancy",
				"Note: La réunion s'est déroulée efficacement", "Se acordó: enviar el informe", "JGI: Need to get scenarios")) {
			assertThat(SectionCues.colonOwners(line)).as(line).isEmpty();
		}
		assertThat(SectionCues.colonOwners("**Calum:** to populate the backlog")).containsExactly("Calum");
		assertThat(SectionCues.colonOwners("Kriti & Ghislaine: to draft the strategy"))
			.containsExactly("Kriti", "Ghislaine");
	}
}
