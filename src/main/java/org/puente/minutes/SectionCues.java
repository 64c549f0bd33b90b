package org.puente.minutes;

import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * Which sections of minutes hold decisions, which never do, and the words that state a decision or a task in place,
 * in es/en/pt/fr.
 */
final class SectionCues {

	enum Kind { DECISIONS, NEVER, NEUTRAL }

	/**
	 * Glued to a name by a hyphen ("IPM-Décision meeting report") a decisions word names a project, not a section; a
	 * "décision modificative" is a French council's budget amendment, one deliberation, not a section of decisions.
	 */
	private static final Pattern DECISIONS = Patterns.compile("(?<![\\p{L}\\d]-)\\b(?:acuerdos?|acordos?|agreements?|decisions?(?!\\s+modificatives?\\b)"
			+ "|decisiones|decisoes|decisao|deliberacoes|resoluciones|resolutions?|conclusiones|conclusoes|conclusao|conclusions?"
			+ "|compromisos|compromissos|tareas?|tarefas?|taches?|tasks?|action\\s+items?|action\\s+points|actions?"
			+ "|acciones|acoes|next\\s+steps|proximos\\s+pasos|proximos\\s+passos|prochaines?\\s+etapes?|encaminhamentos"
			+ "|releve\\s+des?\\s+decisions|suites?\\s+a\\s+donner|a\\s+faire|a\\s+realiser|a\\s+prevoir"
			+ "|engagements?|recommandations?|responsabilites|points\\s+d['’]actions?|to\\s*-?do|todos?|follow[- ]ups?"
			+ "|outcomes?|pendientes|next\\s+week|proxima\\s+semana|semaine\\s+prochaine|semana\\s+que\\s+vem"
			+ "|responsabilidades|recomendaciones|recommendations|resolved|agreed|mesures\\s+de\\s+suivi"
			+ "|medidas\\s+de\\s+(?:seguimiento|acompanhamento)|(?:points\\s+cles|key\\s+points|puntos\\s+clave|pontos[\\s-]chave)$"
			+ "|(?:objetivo|objective|objectif)s?\\s+(?:a|to)\\s+(?:atteindre|alcanzar|cumplir|atingir|alcancar|achieve|reach))\\b");
	/** The document's change log: "Histórico de Modificaciones", "Registro de cambios", "Historique des révisions". */
	private static final String CHANGES = "(?:historico|historial|historique|registro|control|controle)\\s+(?:de|des|da)\\s+"
			+ "(?:modificaciones|modificacoes|modifications|cambios|alteracoes|revisiones|revisoes|revisions|versiones"
			+ "|versoes|versions)|change\\s*log|document\\s+history";
	private static final Pattern NEVER = Patterns.compile("\\b(?:(?:provisional\\s+|proposed\\s+)?agenda"
			+ "|orden\\s+del\\s+dia|ordem\\s+do\\s+dia|ordre\\s+du\\s+jour|pauta|temario|asistentes|attendees|attendance"
			+ "|participants|participantes|partipantes|presentes|presents?|personnes\\s+presentes|membres|absents?"
			+ "|excused|apologies|excuses|ausentes|invitados|guests|historico\\s+de\\s+vers(?:ao|oes)"
			+ "|historial\\s+de\\s+versiones|" + CHANGES
			+ "|version\\s+history|revision\\s+history|(?:objetivo|objective|objectif)(?!s?\\s+(?:a|to)\\s+(?:atteindre|alcanzar|cumplir|atingir|alcancar|achieve|reach)\\b)|informacion\\s+de\\s+la\\s+reunion"
			+ "|meeting\\s+info|links?|enlaces|liens|resources|recursos|anexos?|annex(?:es)?|signatures?|firmas?"
			+ "|assinaturas?|agenda\\s+(?:de|da|for|propuesta|proposta|for\\s+next)"
			// the meeting's purpose, examples and points for information: told, never decided
			+ "|purposes?|propositos?|examples?|ejemplos?|exemplos?|exemples?|(?:(?:points?|items?|matters?)\\s+)?for\\s+information"
			+ "|(?:puntos|pontos|points?)\\s+(?:para|de|pour|d')\\s*(?:informacion|informacao|information)"
			+ "|para\\s+(?:su\\s+)?(?:informacion|conocimiento)|para\\s+conhecimento|pour\\s+information|puntos\\s+informativos"
			+ "|informes?\\s+(?:de\\s+la\\s+)?(?:presidencia|presidente|secretaria|tesoreria)|informations?\\s+diverses)\\b");
	private static final Pattern ATTENDANCE = Patterns.compile("\\b(?:asistentes|attendees|attendance|participants"
			+ "|participantes|partipantes|presentes|presents|absents?|ausentes|historico\\s+de\\s+vers(?:ao|oes)"
			+ "|version\\s+history|revision\\s+history|" + CHANGES + ")\\b");
	private static final Pattern AGENDA = Pattern.compile("^[\\d.)\\s]*(?:agenda|orden\\s+del\\s+dia|ordem\\s+do\\s+dia"
			+ "|ordre\\s+du\\s+jour|pauta|temario)\\b");
	/**
	 * The follow-up of the last meeting's actions: "Action items from last meeting", "Acuerdos anteriores", "Review of
	 * previous action items", "TO DO réu précédente", "Acompanhamento das ações pendentes da última reunião", "Revisar
	 * previas acciones", "Actions Update", "Actions réalisées": what was set or done before, each with its status since,
	 * not this meeting's decisions (the corpus labels none of them in 6 documents of 5 batches; fp11, 5 December).
	 */
	private static final Pattern PREVIOUS = Patterns.compile("\\b(?:previous|last|prior)\\s+(?:meeting|week|call)"
			+ "|\\b(?:reunion|seance)\\s+precedente|\\b(?:reunion|sesion|reuniao|semana)\\s+(?:anterior|pasada)"
			+ "|\\b(?:acuerdos|acordos|actions|acciones|acoes|tareas|tarefas|encaminhamentos|pendencias)\\s+anteriores"
			+ "|\\bsemaine\\s+(?:derniere|precedente|d'avant)|\\bsemana\\s+passada|\\bseguimiento\\s+de\\b|\\bsuivi\\s+des\\s+actions|\\bfollow[- ]up\\s+(?:of|on|from)\\b"
			+ "|\\b(?:previous|prior)\\s+(?:actions?|ais|tasks|decisions)\\b|\\breu\\s+precedente|\\b(?:ultima|ultimo)\\s+(?:reuniao|reunion"
			+ "|sesion|sessao|seance)\\b|\\b(?:previas|anteriores)\\s+acciones|\\bactions?\\s+updates?\\b|\\bupdates?\\s+(?:of|on)\\s+"
			+ "(?:the\\s+)?actions\\b|\\b(?:actions|acciones|acoes)\\s+(?:realisees|realizadas)\\b"
			// a French council's account of what the mayor decided under delegation since its last sitting: reported,
			// not decided by the council ("Compte-rendu des décisions du Maire", ab and dev, 0 of 12 lines labelled)
			+ "|\\bcompte[- ]rendus?\\s+des\\s+decisions\\b|\\bdecisions\\s+(?:prises\\s+)?(?:du|par\\s+(?:le|m\\.?|monsieur|madame))\\s+(?:le\\s+)?maire\\b");
	/**
	 * The agenda with its account ("Agenda and discussion", "Ordre du jour et débats"), or one of its points by its
	 * number ("Agenda Item #3: Equipment", "Pauta 2: Backlog"): the record of what was discussed, not the list of topics.
	 */
	private static final Pattern AGENDA_ACCOUNT = Pattern.compile("^[\\d.)\\s]*(?:agenda|orden\\s+del\\s+dia"
			+ "|ordem\\s+do\\s+dia|ordre\\s+du\\s+jour|pauta)\\s+(?:(?:and|y|e|et)\\s+(?:discussions?|discusion|discussao"
			+ "|debates?|debats|deliberaciones|deliberacoes|deliberations|minutes|notes|notas|desarrollo|acta|ata)\\b"
			+ "|(?:items?|point|punto|ponto)?\\s*(?:n[o.º°]*\\s*)?\\d+\\s*[:.)\\-–—])|^(?:pauta|agenda)(?:\\s+items?)?\\s*:");
	/** A heading that names a meeting of the record: "Reunião de Planejamento", "Réunion de suivi des tâches". */
	private static final Pattern MEETING = Pattern.compile("^[\\d.)\\s]*(?:reuniao|reunion|meeting|seance|sesion|sessao"
			+ "|session|call)\\s+(?:de|da|do|du|des|of|on|for|para|pour|sobre)\\b");
	/** "Agreed:", "ACTION:", "TODO", "Decisión:", "Fica acordado que", "Il est décidé que", "Se acordó que". */
	private static final Pattern INLINE = Pattern.compile("^(?:\\[[ xX]?\\]\\s*)?(?:(?:it\\s+was\\s+)?(?:agreed|decided"
			+ "|resolved)(?:\\s+that)?|" + Cues.ACTION_LABEL + "|todo|to\\s+do|decision|decisao|decision\\s+prise|decisión"
			+ "|acuerdo|acordado|acordo|tarea|tarefa|encaminhamento|deliberacao|a\\s+faire|next\\s+steps?|resolution"
			// "- Conclusion: will proceed with signature on leaf": a working group's outcome of the point above (ah)
			+ "|conclusion|conclusao)\\s*[:\\-–—]"
			+ "|^(?:it\\s+was\\s+(?:agreed|decided|resolved)|(?:fica|ficou|foi)\\s+(?:acordado|decidido|deliberado|definido)"
			+ "|se\\s+(?:acordo|acuerda|decidio|decide|resolvio|resuelve|aprobo|aprueba)|il\\s+(?:est|a\\s+ete)\\s+"
			+ "(?:decide|convenu|vote|acte)|le\\s+(?:bureau|conseil|ca|comite)\\s+(?:decide|vote|approuve|adopte)"
			+ "|(?:we|the\\s+(?:board|committee|team|group|tsc|council))\\s+(?:agreed|decided|approved|resolved|voted)"
			+ "|agreed\\s+(?:on|to|that|upon)|decided\\s+(?:to|that)"
			// a board's formal resolution: "NOW THEREFORE BE IT RESOLVED that …", "RESOLVED, that …" (r, aj)
			+ "|(?:now,?\\s+)?(?:therefore,?\\s+)?(?:be\\s+it\\s+(?:further\\s+)?)?resolved,?\\s+that)\\b");
	/** "Name: to update the PR by Wednesday", "Kriti will write up the project", "Jane & Li to circulate …". */
	private static final Pattern OWNER_TASK = Pattern.compile("^@?(?!(?:Need|Needs|Discussed|Want|Plan|Try|Going|Also"
			+ "|We|It|This|That|There|They|He|She|I|You|Nothing|Something|Time|Vote|Motion|Who|What|How|Quem|Quien|Quién|Qui"
			+ "|Como|Cómo|Ele|Ela|Eles|Il|Elle|Ils|On|Nous|Isso|Esto|Eso)\\b)[\\p{Lu}][\\p{L}.\\-/]*"
			+ "(?:\\s*(?:,|&|and|y|e|et)?\\s*[\\p{Lu}][\\p{L}.\\-/]*){0,3}"
			+ "\\s*:?\\s+(?:to|will|shall|va|vai|debe|deve|devera|debera|doit|ira|vont)\\s+\\p{L}");
	/**
	 * "Ana: enviar el borrador antes del viernes", "XYZ: To update the PR by Wednesday", "Marc : harceler la banque",
	 * "Kriti & Li: to circulate …": who acts (a capitalised name or two), a colon, then what they are to do: an
	 * infinitive (es/pt/fr) or "to"/"will" and a verb.
	 */
	private static final Pattern OWNER_COLON = Pattern.compile("^@?(\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*)?"
			+ "(?:\\s*(?:,|&|\\band\\b|\\by\\b|\\be\\b|\\bet\\b)\\s*\\p{Lu}[\\p{L}.\\-]*(?:\\s+\\p{Lu}[\\p{L}.\\-]*)?){0,3})"
			+ "\\s*:\\s*(?:(?i:to|will|shall|va\\s+a|vai|vont|ira|doit|debe|deve)\\s+\\p{L}"
			+ "|(?!(?i:more|here|there|where|were|before|after|never|ever|other|over|under|either|neither|rather|later"
			+ "|whether|together|whatever|however|number|member|paper|user|sure|store|score|future|nature|culture|failure)"
			+ "(?![\\p{L}\\d]))(?:\\p{L}{3,}(?:ar|er|ir|re|ír)|dar|ver|ler|ter|ser|ir|(?i:usar|unir|leer)|dire|lire|voir)(?![\\p{L}\\d]))");
	/** Field labels that a colon and an infinitive may follow without naming who acts: "Objetivo: mejorar …". */
	private static final Pattern NOT_AN_OWNER = Pattern.compile("^(?:objetivos?|objectives?|objectifs?|metas?|goals?|tema"
			+ "|asunto|assunto|sujet|subject|topic|punto|ponto|point|item|notas?|notes?|obs|observacion|observacao|resumen"
			+ "|resumo|summary|resume|descripcion|descricao|description|propuesta|proposta|proposition|proposal|status"
			+ "|estado|situacao|statut|discusion|discussao|discussion|contexto|context|problema|problem|probleme"
			+ "|solucion|solucao|solution|pauta|agenda|orden|ordre|motivo|reason|raison|nombre|name|nom|nome|lugar|local"
			+ "|lieu|place|fecha|data|date|hora|time|heure|why|porque|pourquoi|idea|ideia|idee|question|pregunta|pergunta"
			+ "|respuesta|resposta|reponse|answer|comentario|comment|commentaire|conclusion|conclusao|result|resultado"
			+ "|resultat|vote|votacion|votacao|voto|presentes|present|absent|host|secretary|secretario|secretaria"
			+ "|chair|presidente|president|moderador|moderator|scribe|relator|rapporteur)$");

	private static final Pattern LABELLED = Pattern.compile("^(?:[-*+]\\s+)?[*_]{1,2}([^*_\\n]{2,40}?)\\s*:?\\s*[*_]{1,2}"
			+ "\\s*:?\\s*\\S");

	/** "Unanimously approved.", "Aprobado por unanimidad", "Adopté à l'unanimité": the motion above is decided. */
	private static final Pattern APPROVAL = Pattern.compile("^(?:(?:unanimously|motion)\\s+)?(?:approved|adopted|carried"
			+ "|passed|agreed|accepted)\\b|^(?:se\\s+)?aprob(?:ado|ada|o)\\b|^aprovad[oa]\\b|^foi\\s+aprovad|^adopte|^approuve"
			+ "|^(?:la\\s+)?(?:proposition|motion|resolution)\\s+(?:est\\s+)?adoptee");

	private SectionCues() {
	}

	static Kind heading(String heading) {
		String folded = fold(heading);
		if (folded.isEmpty() || folded.length() > 90) {
			return Kind.NEUTRAL;
		}
		if (PREVIOUS.matcher(folded).find()) {
			return Kind.NEVER; // "Actions prévues lors de la réunion précédente": a review, not this meeting's decisions
		}
		if (MEETING.matcher(folded).find()) {
			return Kind.NEUTRAL; // "Reunião de Apresentação de Tarefas": a meeting named by its business
		}
		java.util.regex.Matcher never = NEVER.matcher(folded);
		boolean neverFound = never.find();
		if (neverFound && folded.substring(0, never.start()).matches("[\\d.)\\s]*")
				&& !AGENDA_ACCOUNT.matcher(folded.substring(never.start())).find()) {
			return Kind.NEVER; // the heading opens with it: "2. Asistentes", "Agenda de la reunión"
		}
		if (DECISIONS.matcher(folded).find()) {
			return Kind.DECISIONS;
		}
		// past its first words only attendance and version history close a section: "2ª Pauta: Backlog" is a topic
		return neverFound && ATTENDANCE.matcher(folded).find() ? Kind.NEVER : Kind.NEUTRAL;
	}

	/**
	 * A heading of the review of earlier actions ("Actions Update", "Review of previous action items"): in plain text it
	 * opens no decisions section and closes the one above, as a Markdown heading of that kind does ({@link #heading}).
	 */
	static boolean previous(String heading) {
		return previousFolded(fold(heading));
	}

	/** The same of a heading already folded (lower case, no accents). */
	static boolean previousFolded(String folded) {
		return !folded.isEmpty() && folded.length() <= 90 && PREVIOUS.matcher(folded).find();
	}

	/** An agenda heading ("Ordre du jour", "Pauta", "Agenda"), not a review of the last meeting's actions. */
	static boolean agenda(String heading) {
		String folded = fold(heading);
		return heading(heading) == Kind.NEVER && !PREVIOUS.matcher(folded).find() && AGENDA.matcher(folded).find();
	}

	/**
	 * A task tagged where it stands: "new screens in CRA for payroll #todo", "#TODO ask the accountant", "#todo:patcon
	 * …", or labelled as an action item in notes: "(**AI: Bill S** to send …)", "AI @Markus: …", "(AI all: review …)".
	 */
	private static final Pattern TAGGED = Pattern.compile("(?<![\\w/#])#(?i:to-?do|action)\\b"
			+ "|(?:^|(?<=[(\\s'*_]))AI[*_]*\\s*(?::|@|all[*_]*\\s*:)");

	/** A task tagged or labelled where it stands ("#todo", "(AI: Kim to set up the invite)"), whatever the section. */
	static boolean tagged(String text) {
		return TAGGED.matcher(text).find();
	}

	/** A paragraph or item that states a decision or a task in place, or tags it as a task ("#todo"). */
	static boolean inline(String text) {
		String folded = fold(text);
		return INLINE.matcher(folded).find() || VoteLines.MOTION.matcher(folded).find() && text.length() < 400 || outcome(text) || TAGGED.matcher(text).find() || (OWNER_TASK.matcher(text.strip().replaceAll("^[*_]+", "")).find()
				|| !colonOwners(text).isEmpty()) && text.length() < 400;
	}

	/** A line that tells the outcome of a vote or a validation ("Résolution adoptée à l'unanimité …"): see {@link VoteLines#OUTCOME}. */
	static boolean outcome(String text) {
		return VoteLines.OUTCOME.matcher(fold(text)).find() && text.length() < 300;
	}

	// compiled once: colonOwners runs on every candidate line, and String.replaceAll compiles on every call
	private static final Pattern LEADING_BULLET = Pattern.compile("^(?:[-*+•]\\s+)?");
	private static final Pattern EMPHASIS = Pattern.compile("[*_]");

	/** Who acts in a "Name: to do X" line, as written; empty when the line is not of that shape. */
	static java.util.List<String> colonOwners(String text) {
		String line = EMPHASIS.matcher(LEADING_BULLET.matcher(text.strip()).replaceAll("")).replaceAll("");
		java.util.regex.Matcher m = OWNER_COLON.matcher(line);
		// "DÉCIMO PRIMERO: Instruir …", "RESUELVE: Encargar …": an ordinal or a shouted word of a resolution, no one
		if (!m.find() || INLINE.matcher(fold(line)).find() || Markers.marker(line) != null
				|| m.group(1).matches(".*\\b[\\p{Lu}]{5,}\\b.*")) {
			return java.util.List.of();
		}
		java.util.List<String> owners = java.util.Arrays.stream(m.group(1).split("\\s*(?:,|&|\\band\\b|\\by\\b|\\be\\b|\\bet\\b)\\s*"))
			.map(String::strip).filter(o -> !o.isEmpty()).toList();
		return owners.stream().anyMatch(o -> NOT_AN_OWNER.matcher(fold(o)).matches()) ? java.util.List.of() : owners;
	}

	/** "**Decision** Tasks may be added…", "*Action:* Ana sends…": a line that opens with a bold decisions label. */
	static boolean labelled(String line) {
		java.util.regex.Matcher m = LABELLED.matcher(line.strip());
		return m.find() && (heading(m.group(1)) == Kind.DECISIONS || INLINE.matcher(fold(m.group(1)) + ":").find());
	}

	/**
	 * A paragraph of lines that each open with a decisions label, as spans of the text: one per labelled line, with
	 * the lines below it up to the next label.
	 */
	static java.util.List<TextSpan> labelledLines(String words, int offset) {
		java.util.List<TextSpan> spans = new java.util.ArrayList<>();
		int from = 0;
		for (int line = 0; line < words.length();) {
			int end = words.indexOf('\n', line) < 0 ? words.length() : words.indexOf('\n', line);
			if (line > from && labelled(words.substring(line, end))) {
				spans.add(new TextSpan(offset + from, offset + line));
				from = line;
			}
			line = end + 1;
		}
		spans.add(new TextSpan(offset + from, offset + words.length()));
		return spans;
	}

	/** A line that records the vote on the motion above it. */
	static boolean approval(String text) {
		return APPROVAL.matcher(fold(text)).find() && text.length() < 160;
	}

	/** "Proposed by: Cart", "Seconded: Li": the motion's sponsors, not the motion. */
	static boolean sponsor(String text) {
		return fold(text).matches("^(?:proposed|moved|seconded|propuesto|propuesta|secundado|proposto|proposta|propose"
				+ "|appuye)\\b.*");
	}

	/** A short line that only names a section: "**Decisions:**", "Action items", "Próximos pasos:". */
	static boolean labelOnly(String text) {
		String stripped = text.strip();
		return stripped.length() <= 60 && !stripped.matches(".*[.;]$") && (stripped.endsWith(":")
				|| stripped.matches("[*_]{2}.*[*_]{2}:?") || stripped.split("\\s+").length <= 4);
	}

	static String fold(String text) {
		return TextFolding.fold(text.replaceAll("[*_`#]", "")).replaceAll("\\s+", " ").strip().replaceAll(":$", "")
			.strip();
	}
}
