package org.puente.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Minutes in AsciiDoc, reStructuredText, org-mode or a web page's HTML, read by the Markdown reader at their own
 * offsets; HTML written inside Markdown items never leaks into their words.
 */
class LightMarkupTests {

	@Test
	void readsAsciiDocHeadingsAndListsInSpanishKeepingEachItemAtItsPlace() {
		String text = """
				= Acta del grupo de trabajo

				== Orden del día

				. Revisión del documento
				. Publicación

				== Acuerdos

				* Se aprueba la versión 2 del documento.
				* Ana publicará el documento en la web antes del viernes.
				""";
		MinutesReading.Result result = TestFiles.readText(text, "es");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly(
				"Se aprueba la versión 2 del documento.", "Ana publicará el documento en la web antes del viernes.");
		MinutesItem first = result.items().get(0);
		assertThat(text.substring(first.span().start(), first.span().end())).contains("Se aprueba la versión 2");
		assertThat(LightMarkup.read(text)).hasSameSizeAs(text).contains("## Acuerdos");
	}

	@Test
	void readsAsciiDocActionItemsUnderOwnerSubheadingsInEnglish() {
		MinutesReading.Result result = TestFiles.readText("""
				== 1. Summary

				The team reviewed the draft.

				== 2. Action Items

				=== Ian Edwards

				* Complete the quick start guide as a Word document
				** Circulate it to the other expert teams

				=== All Team Members

				. Read the document in full and submit any issues
				""", "en");
		assertThat(result.items()).extracting(MinutesItem::text).contains(
				"Complete the quick start guide as a Word document", "Read the document in full and submit any issues");
	}

	@Test
	void readsReStructuredTextTitlesAsSectionsInPortuguese() {
		MinutesReading.Result result = TestFiles.readText("""
				.. comentário: gerado pelo secretariado

				=================
				Ata da reunião 12
				=================

				Pauta
				=====

				- Orçamento
				- Calendário

				Encaminhamentos
				---------------

				- Maria enviará o orçamento até sexta-feira.
				- Fica aprovado o calendário de 2026.
				""", "pt");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly(
				"Maria enviará o orçamento até sexta-feira.", "Fica aprovado o calendário de 2026.");
	}

	@Test
	void readsOrgModeHeadingsAndTodoTasksInFrench() {
		MinutesReading.Result result = TestFiles.readText("""
				#+TITLE: Compte rendu du bureau

				* Ordre du jour
				- Budget
				* Relevé de décisions
				- Le budget 2026 est adopté à l'unanimité.
				** TODO Envoyer le compte rendu aux adhérents
				""", "fr");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly(
				"Le budget 2026 est adopté à l'unanimité.", "[ ] Envoyer le compte rendu aux adhérents");
	}

	@Test
	void readsTheListsOfAnIndentedWebPageWithoutTheirTags() {
		MinutesReading.Result result = TestFiles.readText("""
				    <article>
				    	<h3>Committee meeting</h3>
				    	<p><strong> Attendees: </strong> Jimmy, John<br /></p>
				    	<h4>Decisions</h4>
				    	<ol>
				    		<li>
				    			The club opens a second account.<br />
				    			John will administer it.
				    		</li>
				    		<li>The AGM is set for Sunday 31 August.</li>
				    	</ol>
				    </article>
				""", "en");
		assertThat(result.items()).extracting(MinutesItem::text).isNotEmpty()
			.allSatisfy(words -> assertThat(words).doesNotContain("<", ">", "&nbsp;"))
			.anySatisfy(words -> assertThat(words).startsWith("The club opens a second account."))
			.contains("The AGM is set for Sunday 31 August.");
	}

	@Test
	void leavesNoHtmlOfAMarkdownItemInItsWords() {
		MinutesReading.Result result = TestFiles.readText("""
				## Acuerdos

				- 12/4&nbsp;: Chris rédigera un article sur le <b>salon</b>.
				- Ana enviará el acta.<br>Luis la revisará.
				- The 2<sup>nd</sup> edition moves to Lyon &amp; Grenoble.
				""", "es");
		assertThat(result.items()).extracting(MinutesItem::text).containsExactly(
				"12/4 : Chris rédigera un article sur le salon.", "Ana enviará el acta. Luis la revisará.",
				"The 2nd edition moves to Lyon & Grenoble.");
	}

	@Test
	void readsTheNotesUnderANumberedPointOfTheAgendaAsTheAccount() {
		MinutesReading.Result result = TestFiles.readText("""
				# Board meeting

				## Agenda

				### Agenda Item #1: Equipment donations

				- Michelle will respond to donors and copy the board.

				### Agenda Item #2: Newsletter

				- John: start with post-election news
				""", "en");
		assertThat(result.items()).extracting(MinutesItem::text).contains(
				"Michelle will respond to donors and copy the board.");
	}

	@Test
	void leavesNoHtmlOfPlainTextInItsItems() {
		MinutesReading.Result result = TestFiles.readText("""
				Compte rendu du bureau du 8 février 2019

				<div class="entete">
				Club informatique<br>
				Bureau<br>
				</div>

				Slides 9 et 10&nbsp;: Le club et le web. Jean-Paul se charge de contacter Hervé pour solliciter son aide.

				Le bureau décide de renouveler l'adhésion à la fédération &amp; au comité.
				""", "fr");
		assertThat(result.items()).extracting(MinutesItem::text).isNotEmpty()
			.allSatisfy(words -> assertThat(words).doesNotContain("<", ">", "&nbsp;", "&amp;", "  "));
	}
}
