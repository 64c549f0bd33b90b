package org.puente.minutes;

import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/** The words that tell a section or a line apart: agreements headings, agenda, closings, decisions in place. */
final class Cues {

	static final Pattern AGREEMENTS_HEADING = Pattern.compile("^(?:(?:principales|resumen\\s+de|summary\\s+of"
			+ "|lista\\s+de|list\\s+of|key|agreed|main|(?:repartition|reparto|distribucion|distribuicao|divisao|allocation|division)\\s+(?:de|des|da|do|of)(?:\\s+(?:las|los|as|os|the|choses))?)\\s+)?(?:acuerdos?|se\\s+acuerda|se\\s+acordo|acuerdan|agreements?"
			+ "|decisions?|decisiones|action\\s+items?|actions|follow[- ]up(?:\\s+actions)?|next\\s+steps|encaminhamentos"
			+ "|deliberacoes|acordos|decisoes|compromisos|resoluciones|resolutions|conclusiones\\s+y\\s+acuerdos"
			+ "|conclusions\\s+and\\s+(?:agreements|decisions|next\\s+steps)|conclusiones\\s+y\\s+proximos\\s+pasos"
			+ "|proximos\\s+pasos|proximos\\s+passos|conclusoes\\s+e\\s+encaminhamentos|outcomes?"
			+ "|releve\\s+des?\\s+decisions|decisions?\\s+prises?|actions?\\s+a\\s+mener|suites?\\s+a\\s+donner|conclusions?"
			+ "|conclusiones|conclusoes|taches|tareas|tarefas|acoes|action\\s+points|a\\s+faire|a\\s+realiser|a\\s+prevoir|engagements?|recommandations?|to\\s*do|prochaines?\\s+etapes?"
			+ "|compromissos|pendientes|responsabilidades|atribuicoes)\\b[^.]{0,50}$");
	/** "Acuerdo sobre Residencia", "Agreement on Return": a treaty named in a heading, not the agreements. */
	static final Pattern NAMED_AGREEMENT = Pattern.compile("^(?:acuerdo|agreement|acordo)\\s+(?:sobre|on|para|for"
			+ "|regarding|concerning|marco|de\\s+(?!la\\s+reunion)|do|da)\\b");
	/** An action's number, after its label: " A2014-05", " 3", " n.º 2", " #4" (folded; "Action 2016-07 Promoting" has none). */
	private static final String ACTION_NUMBER = "\\s+(?:n[o.º°]*\\s*)?#?[a-z]{0,3}\\d[\\w.\\-/]*+";
	/**
	 * "Action", "Action item(s)", "Acción", "Ação": the word of an action's label, with or without its number. Written
	 * for the folded text ("action item", "accion", "acao") and, after a capital, for the text as written ("Action
	 * Items", "Acción", "Ação"; {@link ToldSentences#LABEL_WORDS}): the capitals and accents never occur in folded text.
	 */
	static final String ACTION_WORD = "(?:[Aa]ction(?:\\s+[Ii]tems?)?|[Aa]cci[óo]n|[Aa][çc][ãa]o)";
	/**
	 * An action named as such, with its number if it has one: "Action:", "Action item:", "Action Item A2014-05:",
	 * "Acción 3:", "Ação n.º 2:", "Action n°4 :" (folded).
	 */
	static final String ACTION_LABEL = ACTION_WORD + "(?:" + ACTION_NUMBER + ")?";
	/** A numbered action opens its line even inside a hard-wrapped paragraph: "Action Item A2014-10: Draft …". */
	static final Pattern NUMBERED_ACTION = Pattern.compile("^" + ACTION_WORD + ACTION_NUMBER + "\\s*[:\\-–—]\\s*\\S");
	/** An agreement stated in place, after the discussion of each agenda item: "Agreed: ...", "Fica acordado que ...". */
	static final Pattern INLINE_AGREEMENT = Pattern.compile("^(?:(?:it\\s+was\\s+)?agreed(?:\\s+that)?|(?:it\\s+was\\s+)?decided"
			+ "|se\\s+acord[oa](?:\\s+que)?|se\\s+acuerda(?:\\s+que)?|acordado|acuerdo|decision|decisao|deliberacao"
			+ "|encaminhamento|" + ACTION_LABEL + "|todo|(?:fica|ficou|foi)\\s+acordado(?:\\s+que)?"
			+ "|il\\s+(?:est|a\\s+ete)\\s+(?:decide|convenu)(?:\\s+que)?)\\s*[:\\-–—]\\s*(?=\\S)"
			+ "|^(?:it\\s+was\\s+agreed\\s+that|il\\s+(?:est|a\\s+ete)\\s+(?:decide|convenu)\\s+(?:que|de)|se\\s+acuerda\\s+que"
			+ "|(?:fica|ficou|foi)\\s+acordado\\s+que|se\\s+acord[oa]\\s+que)\\s+(?=\\S)");
	/** The end of a label ("Agreed:", "Decision -"), as opposed to a cue that opens a sentence ("Fica acordado que"). */
	static final Pattern LABEL_END = Pattern.compile("[:\\-–—]\\s*$");
	static final Pattern DESCRIPTION_COLUMN = Pattern.compile("^(?:what|action|actions|accion|acciones|acao|acoes"
			+ "|acuerdo|acuerdos|acordo|deliberacao|decision|decisao|compromiso|compromisso|task|tarea|tarefa|actividad"
			+ "|atividade|activity|description|descripcion|descricao|encaminhamento|item)s?\\b");
	/** The impersonal forms that record a decision in the middle of a paragraph; the folded text keeps its offsets. */
	static final Pattern DECIDED_IN_SENTENCE = Pattern.compile("(?:^|[.;]\\s+|,\\s*)(?:(?:deliberou|decidiu|acordou"
			+ "|resolveu)-se|(?:ficou|fica|foi)\\s+(?:decidido|acordado|deliberado|resolvido)|se\\s+(?:acordo|decidio|resolvio"
			+ "|convino|acuerda)|il\\s+(?:est|a\\s+ete)\\s+(?:decide|convenu)|it\\s+was\\s+(?:agreed|decided|resolved))\\s+(?:que|that|de)\\s+");
	/** "le groupe", "les membres du bureau", "l'assemblée": a deliberating body as a sentence's subject (folded). */
	private static final String FRENCH_BODY = "\\b(?:le|la|les|l')\\s*(?:groupe|gt|ag|assemblee|delegation|membres|participants"
			+ "|equipe|college|conseil|bureau|comite|commission|ca|cd)\\b";
	/**
	 * A decision or pending task told in the account of the discussion, in the first person or impersonally. The
	 * lookahead lists the letters that begin some alternative, so that the alternatives are tried only there (as
	 * Narrative's DECIDED does): the same matches at about half the cost, over every line of the development parts.
	 */
	static final Pattern DECIDED_IN_ACCOUNT = Pattern.compile("\\b(?=[abcdefgilmnopqrstw])(?:convenimos|acordamos|decidimos|resolvimos"
			+ "|quedamos\\s+en|estuvimos\\s+de\\s+acuerdo|(?:esta|queda|quedo|tenemos)\\s+pendiente|se\\s+(?:acordo|decidio"
			+ "|resolvio|aprobo|acuerda|decide|resuelve|aprueba)|we\\s+(?:agreed|decided|resolved)|(?:it\\s+was|was)\\s+(?:agreed"
			+ "|decided|resolved)|agreed\\s+(?:that|to|on)|(?:ficou|foi|fica)\\s+(?:combinado|decidido|acordado|definido"
			+ "|deliberado|aprovado)|combinamos|decidimos|(?:nous\\s+avons|on\\s+a)\\s+(?:decide|convenu)|il\\s+(?:est|a\\s+ete)"
			+ "\\s+(?:decide|convenu)|(?:est|a\\s+ete)\\s+(?:adopte|approuve)e?s?"
			// French deliberating bodies other than the councils and boards Narrative names, in the present or the
			// perfect: "Le groupe de travail approuve le principe …", "le Conseil donne son accord …", "les membres du
			// bureau ont décidé de …" (a working group's and a municipal council's way of recording a decision)
			+ "|" + FRENCH_BODY + "[^.;:]{0,60}?\\s(?:(?:a|ont)\\s+(?:\\p{L}+\\s+)?)?(?:decident|valident|approuvent"
			+ "|adoptent|acceptent|retiennent|s'accordent|optent|conviennent|donnent\\s+leur\\s+accord|donne\\s+son\\s+accord"
			+ "|decide|valide|approuve|adopte|accepte|retient|s'accorde|opte|convient)"
			+ "|\\b(?:a|ont)\\s+(?:\\p{L}+\\s+)?decide\\s+(?:de|d'|que|qu')"
			// the English present and a proposal agreed with: "the group decides …", "The participants agreed with the
			// proposition to …" (a webinar's and a board's record)
			+ "|\\b(?:group|team|participants|attendees|members|committee|board|council|assembly)\\b[^.;:?]{0,60}?\\s"
			+ "(?:decides|agrees|approves|resolves|agreed\\s+with\\s+the\\s+(?:proposition|proposal|suggestion|recommendation))"
			// a motion told by who made it, with its seconder if any: "Motion by Dick Dillon, second by Gary Mantay to
			// approve the transfer", "Janet Keough made a motion to increase …", "Thomas Schmidt set motion to accept
			// pull request #549", "Kim motioned to amend library hours" (township boards, a TC, trustees: ae, af, ak, ao)
			+ "|motion\\s+by\\s+[^.;]{0,60}?\\bto\\s+(?!adjourn)|(?:made|makes|set|sets|offered|put\\s+forward)\\s+(?:a\\s+|the\\s+)?motion"
			+ "\\s+(?:to|that|for)\\s+(?!adjourn)|motioned\\s+to\\s+(?!adjourn)"
			// the same in a Québec council's resolution: "Il est proposé par monsieur X, appuyé par madame Y, et résolu
			// d'adopter …", "… et unanimement résolu", "Il est également résolu de demander …" (ai, as); not the movers
			// alone ("Proposé par X Appuyé par Y.", a web page's repeat of them: am)
			+ "|propose\\s+par\\s+[^.;:]{0,120}?\\bet\\s+(?:il\\s+est\\s+)?(?:unanimement\\s+)?resolu"
			+ "|il\\s+est\\s+(?:egalement\\s+|aussi\\s+|unanimement\\s+)?resolu\\s+(?:a\\s+l'unanimite\\s+)?(?:de|d'|que|qu')"
			// the French gerundive of a task: "Ces hypothèses sont à confirmer", "Une communication sera à faire",
			// "Information à faire parvenir …", "Réflexion à lancer" (what is still to be done, not "à définir")
			+ "|(?:est|sont|sera|seront|reste|restent)\\s+a\\s+(?:faire|confirmer|valider|prevoir|revoir|organiser|envoyer"
			+ "|transmettre|retransmettre|relancer|contacter|rediger|lancer|reprendre|etudier|finaliser|completer|debattre"
			+ "|planifier|acheter|commander|reserver)"
			+ ")\\b|^\\W{0,3}\\p{L}[^:]{2,60}?\\sa\\s+(?:faire\\s+(?:par|parvenir|conjointement)|lancer|retransmettre"
			+ "|debattre)\\b");
	/** A preamble that ends in a colon announces agreements when its items open with a verb of decision. */
	static final Pattern DECISION_VERB = Pattern.compile("^(?:agreed|decided|requested|invited|welcomed|approved"
			+ "|adopted|endorsed|took\\s+note|encouraged|urged|recommended|acordo|decidio|solicito|aprobo|invito|encomendo"
			+ "|tomo\\s+nota|acordou|decidiu|solicitou|aprovou|convidou|agree|decide|request|invite|approve|adopt)\\b");
	/** Numbered agreements that name themselves ("Decision 2017/3", "Acuerdo 4:") stand even outside a section. */
	static final Pattern SELF_NAMED = Pattern.compile("^(?:acuerdo|agreement|acordo|decision|decisao|resolucion"
			+ "|resolution|action\\s+item)\\b");
	/** Agenda points announced by a keyword are titles, not agreements: "Item 2: Draft declaration". */
	static final Pattern AGENDA_POINT = Pattern.compile("^(?:(?:agenda\\s+)?item|punto|ponto|tema)\\b");
	static final Pattern AGENDA_HEADING = Pattern.compile("^(?:(?:provisional\\s+)?agenda|orden\\s+del\\s+dia"
			+ "|ordem\\s+do\\s+dia|pauta|temario|ordre\\s+du\\s+jour)\\b[^.]{0,40}$");
	/** A paragraph telling that the meeting took place and who came is the record, never an agreement. */
	static final Pattern MEETING_NARRATIVE = Pattern.compile("^[^.]{0,200}\\b(?:met|convened|was\\s+held|took\\s+place"
			+ "|attended|took\\s+part|participated|participaron|participaram|se\\s+reunieron|se\\s+reunio|se\\s+celebro|se\\s+realizo|asistieron|reuniram-se|realizou-se"
			+ "|estiveram\\s+presentes)\\b");
	static final Pattern PAGE_LINE = Pattern.compile("^(?:[^.:;]{0,50}\\b(?:page|pagina|pag\\.?)\\s*\\d+(?:\\s*(?:of|de|/)\\s*\\d+)?"
			+ "|-\\s*\\d+\\s*-|\\d+\\s*/\\s*\\d+)$");
	static final Pattern AGREEMENT_VERB = Pattern.compile("(acord|acuerd|agree|decid|decisi|resol|resuel|deliber"
			+ "|encaminh|comprom)");
	static final Pattern STOP_HEADING = Pattern.compile("^(?:anexos?|annex(?:es)?|firmas?|signatures?"
			+ "|assinaturas?|lista\\s+de\\s+participantes|participantes|participants|attendees|asistentes|present(?:es)?"
			+ "|cierre|closing|clausura|encerramento|temas\\s+abordados|discusion|discussion|desarrollo|agenda"
			+ "|orden\\s+del\\s+dia|pauta|antecedentes|background|introduccion|introduction|apertura|opening|abertura"
			+ "|informes|reports|next\\s+meeting|proxima\\s+reunion|proxima\\s+reuniao|otros\\s+asuntos"
			+ "|any\\s+other\\s+business|other\\s+business|assuntos\\s+gerais|outros\\s+assuntos|varios|observaciones"
			+ "|notes|relato|summary\\s+of\\s+discussion|puntos\\s+tratados|evaluation|evaluacion|avaliacao"
			+ "|next\\s+call|considerando|whereas|ordre\\s+du\\s+jour|presents?|absents?|excuses|historico\\s+de\\s+versao|ordem\\s+do\\s+dia|points?\\s+divers|questions\\s+diverses|membres\\s+presents)\\b");
	static final Pattern CLOSING_LINE = Pattern.compile("^(?:firmad[oa]|signed|assinad[oa]|hecho\\s+en|dado\\s+en"
			+ "|done\\s+(?:at|in)|se\\s+levanta|siendo\\s+las|the\\s+meeting\\s+(?:was\\s+)?(?:closed|adjourned|ended)"
			+ "|sin\\s+mas|no\\s+habiendo|a\\s+reuniao\\s+(?:foi\\s+)?encerrada|nada\\s+mais|por\\s+la\\s+(?:crm|csm)\\s*$"
			+ "|for\\s+the\\s+(?:rcm|crm|sacm|csm)\\s*$|meeting\\s+adjourned"
			// the closing formulas of a resolution
			+ "|(?:comuniquese|publiquese|notifiquese|cumplase|comunique-se|publique-se)\\b)");
	static final Pattern THEME_START = Pattern.compile("^(?:en\\s+relacion|con\\s+relacion|respecto|con\\s+respecto"
			+ "|regarding|with\\s+regard|concerning|in\\s+relation|em\\s+relacao|com\\s+relacao|relativ[oa]s?|sobre|tema"
			+ "|topic|theme|asunto|assunto|en\\s+materia|in\\s+the\\s+area|no\\s+ambito|en\\s+el\\s+ambito|on\\s+)");
	static final Pattern INLINE_ITEM = Pattern.compile("(?<![\\p{L}\\d])\\(?(\\d{1,2}|[a-zA-Z])\\)\\s+"
			+ "|(?<![\\p{L}\\d.,])(\\d{1,2})\\.\\s+(?=\\p{Lu})");
	/**
	 * "Décision modificative", a French council's budget amendment: the lines a preamble announces under it ("… d'adopter
	 * un certain nombre de décisions modificatives, et notamment :") are its budget lines, not decisions (ab).
	 */
	private static final Pattern BUDGET_AMENDMENT = Pattern.compile("decisions?\\s+modificatives?");
	static final Pattern FIELD_LINE = Pattern.compile("^[^:]{1,30}:\\s*\\S");

	/**
	 * A government's instruction as its communiqué tells it: "Il a instruit le gouvernement de réduire …", "a demandé
	 * au Ministre des Forces armées d'assurer …", "a invité le Gouvernement à …", "solicitan al gobierno de Nicolás
	 * Maduro que …"; a bill considered to be sent on: "o Conselho de Ministros apreciou, para envio à Assembleia
	 * Nacional, …". Only a government or a minister as the one instructed: "invite le conseil à procéder à l'élection",
	 * "solicitó a la secretaría informara" run a meeting, they decide nothing.
	 */
	private static final Pattern INSTRUCTED = Patterns.compile("\\b(?:instrui\\p{L}*|instruy\\p{L}+|instructed|instructs"
			+ "|demande|invite|prie|charge|pide|pidio|pidieron|piden|solicita|solicito|solicitan|solicitaron|pediu|pede"
			+ "|encarregou|encarrega|asked|requested|requests|directed|directs)\\s+(?:a|au|aux|al|a\\s+los|ao|aos|le|la|les"
			+ "|l'|the|el|los|o|os)\\s*(?:gouvernement|government|gobierno|governo|ministr\\p{L}*|premier\\s+ministre"
			+ "|primer\\s+ministro|primeiro-ministro)\\b|\\bapreci\\p{L}*\\b[^.;]{0,25}?\\bpara\\s+(?:envio|remessa"
			+ "|posterior\\s+aprova)");

	private Cues() {
	}

	static boolean isAgreementsHeading(String line) {
		String folded = TextFolding.fold(Markers.stripEmphasis(line.strip())).replaceAll("^\\d{1,2}[.)]?\\s*", "")
				.replaceAll("^[ivx]{1,4}[.)]\\s*", "").strip();
		// "Actions Update", "Action items from last meeting": the earlier actions reviewed (asked last: every line comes here)
		if (folded.length() <= 60 && AGREEMENTS_HEADING.matcher(folded).find() && !NAMED_AGREEMENT.matcher(folded).find()) {
			return !SectionCues.previousFolded(folded);
		}
		// A preamble that ends by announcing the list: "... han acordado:", "The meeting agreed as follows:"
		if (folded.endsWith(":")) {
			String tail = folded.substring(Math.max(0, folded.length() - 80));
			return AGREEMENT_VERB.matcher(BUDGET_AMENDMENT.matcher(tail).replaceAll("")).find() && !SectionCues.previousFolded(folded);
		}
		return false;
	}

	/**
	 * {@link #INSTRUCTED}, tried only on a sentence that names a government, a minister or a thing considered: each
	 * of its alternatives needs one of these words, which few sentences hold, and its verbs open with common letters.
	 */
	static boolean instructed(String folded) {
		return (folded.contains("gov") || folded.contains("gouv") || folded.contains("gobierno") || folded.contains("ministr")
				|| folded.contains("apreci")) && INSTRUCTED.matcher(folded).find();
	}
}
