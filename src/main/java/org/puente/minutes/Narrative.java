package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * Decisions and tasks told inside the account of the discussion, sentence by sentence, in es/en/pt/fr: a body that
 * decides ("the Steering Council accepted", "le conseil a autorisé", "o Conselho aprovou", "la Conferencia
 * instruye"), an impersonal or first-person decision ("it was decided that", "se acordó", "concordamos em", "nous
 * avons décidé"), an operative paragraph that opens with its verb ("Encomendar a la Secretaría", "Prie le
 * Secrétariat", "Requests the Board", "Instruimos al Consejo") and a named person's task ("Thomas will send",
 * "Facundo enviará", "Chris rédigera", "Marc va regarder"). Each such sentence is an item that begins where the
 * sentence begins.
 */
final class Narrative {

	/** A word that may stand between a decision's auxiliary and its verb: "It was also resolved", "Foi igualmente aprovado". */
	private static final String ALSO = "(?:(?:also|further|then|unanimously|igualmente|tambem|tambien|asimismo|ainda|ademas"
			+ "|egalement|aussi|ensuite|finalement|unanimement|donc|alors|therefore|thus|entao|portanto|pues|por\\s+tanto)\\s+)?";
	/** A deciding body, then its verb of decision (with "examined and adopted" in between). */
	static final Pattern BODY_DECIDES = Patterns.compile("\\b(?:the\\s+(?:board|council|committee|conference"
			+ "|meeting|assembly|steering\\s+council|steering\\s+committee|tsc|group|ministers|commission|team|members"
			+ "|executive|governing\\s+body)|(?:el|la|los|las)\\s+(?:consejo|comite|concejo|pleno|directorio|comision|asamblea|junta"
			+ "|conferencia|ministros|ministras|presidentes|jefes\\s+de\\s+estado|cancilleres|reunion)"
			+ "|(?:le|la|les|l')\\s*(?:conseil|comite|conference|bureau|gouvernement|commission|assemblee|ministres"
			+ "|chefs\\s+d'etat|reunion|ca)|(?:o|a|os|as)\\s+(?:conselho|camara|assembleia|comissao|diretoria|ministros"
			+ "|reuniao|comite|plenario|executivo))\\b[^.;]{0,60}?\\s(?:(?:has|have|a|ont|ha|han)\\s+)?(?:\\p{L}+\\s+(?:and|et|y|e)\\s+)?"
			+ "(?:decided|agreed|approved|adopted|accepted|rejected|resolved|requested|instructed|endorsed|voted"
			+ "|acordo|acordaron|aprobo|aprobaron|decidio|decidieron|resolvio|resolvieron|instruyo|instruyeron|encomendo"
			+ "|encomendaron|autorizo|autorizaron|acuerda|acuerdan|aprueba|aprueban|decide|deciden|resuelve|resuelven"
			+ "|instruye|instruyen|encomienda|encomiendan|decide|adopte|adoptes?|approuve|autorise|instruit|exhorte|charge"
			+ "|designe|nomme|elit|retient|valide|accepte|s'accorde|se\\s+prononce|opte|optent"
			+ "|prie|invite|recommande|mandate|convient|s'engage|aprovou|aprovaram|decidiu|decidiram|deliberou|resolveu"
			+ "|autorizou|aprova|delibera|encarrega|recomenda)\\b");
	/**
	 * Impersonal and first-person decisions, wherever they stand in the sentence. The lookahead lists the letters
	 * that begin some alternative (all lower-case literals), so that the ~40 alternatives are tried only there: the
	 * same matches, at a fraction of the cost (this pattern was the dearest of {@link #states}).
	 */
	static final Pattern DECIDED = Pattern.compile("\\b(?=[acdefhinoqrstw])(?:(?:it\\s+)?(?:was|were|has\\s+been|have\\s+been)"
			+ "\\s+" + ALSO + "(?:agreed|decided|resolved|approved|adopted|scheduled)|(?:has|have)\\s+decided|agreed\\s+(?:to|that|on|upon)"
			+ "|decided\\s+(?:to|that)|the\\s+consensus\\s+was|we\\s+(?:agreed|decided|resolved)"
			+ "|se\\s+(?:acordo|decidio|resolvio|aprobo|acuerda|decide|resuelve|aprueba|convino|hara|haran)"
			+ "|(?:acordamos|decidimos|resolvimos|convenimos|instruimos|encomendamos|nos\\s+comprometemos|quedamos\\s+en)"
			+ "|estuvimos\\s+de\\s+acuerdo|(?:esta|queda|quedo)\\s+pendiente"
			+ "|(?:fica|ficou|foi|foram)\\s+" + ALSO + "(?:decidid|acordad|definid|deliberad|aprovad|combinad|estabelecid|eleit)[oa]s?"
			+ "|concordamos|combinamos|foi\\s+dada\\s+posse|(?:deliberou|decidiu|acordou|resolveu)-se"
			+ "|(?:nous\\s+avons|on\\s+a)\\s+(?:decidee?s?|convenu)|(?:ont|a|avons)\\s+opte\\s+pour|optera\\s+(?:\\w+\\s+)?pour|il\\s+(?:est|a\\s+" + ALSO + "ete)\\s+(?:decide|convenu|vote|acte|retenu)"
			+ "|(?:est|a\\s+ete|ont\\s+ete|sont)\\s+(?:adopte|approuve|decide|valide)e?s?"
			+ "|(?:on|il|elle|nous)\\s+(?:va|vont|allons)\\s+(?:lui\\s+|leur\\s+|le\\s+|la\\s+|les\\s+)?\\p{L}{4,}"
			// commitments renewed, as declarations word them
			+ "|(?:reafirm|renov|record|reiter|reaffirm|renew|recall|reaffirm|reitera|reafirm)\\w*\\s+(?:\\w+\\s+){0,2}"
			+ "(?:compromisos?|commitments?|engagements?|compromissos?)"
			// elections and appointments, postponements
			+ "|(?:was|were|has\\s+been|have\\s+been)\\s+(?:elected|appointed|nominated|pushed|postponed|deferred"
			+ "|moved\\s+to)|(?:est|a\\s+ete|sont|ont\\s+ete)\\s+(?:elue?s?|nommee?s?|reportee?s?)|recoi(?:t|vent)\\s+(?:le\\s+)?mandat"
			+ "|fue(?:ron)?\\s+" + ALSO + "(?:elegid|designad|nombrad|aprobad)[oa]s?|se\\s+(?:pospone|posterga|aplaza)"
			+ "|(?:foi|foram)\\s+(?:nomead|designad|adiad)[oa]s?)\\b");
	/** An operative paragraph opens with its verb: "Encomendar a …", "Prie le Secrétariat", "Requests the Board". */
	private static final Pattern OPERATIVE = Pattern.compile("^(?:\\d{1,3}[.)-]?\\s+)?(?:instruir|encomendar|solicitar"
			+ "|aprobar|exhortar|encargar|instar|instruye|encomienda|solicita|aprueba|exhorta|insta|decide|resuelve|acuerda"
			+ "|decides|requests|invites|urges|calls\\s+upon|recommends|approves|adopts|endorses|instructs|encourages"
			+ "|charge|prie|invite|demande|recommande|approuve|adopte|exhorte|instruit|encourage|mandate|s'engage"
			+ "|aprova|encarrega|recomenda|instrui|convida|delibera|solicitar|recomendar)\\b\\s+\\p{L}");
	/** An obligation or a planned passive: "Cart should transfer", "Les membres doivent", "will be investigated". */
	private static final Pattern OBLIGATION = Patterns.compile("(?:^|[,;:]\\s*)(?!(?:It|This|That|There|Il|Ce|Cela|Esto"
			+ "|Eso|Isso|Might|May|Maybe|Perhaps|Peut|Quizás|Talvez|Discussed)\\b)[\\p{Lu}][\\p{L}'./\\-]*"
			+ "(?:\\s+(?!(?:who|which|what|whether|how|if|qui|quoi|si|quien|quién|qué|que|quem|como)\\b)[\\p{L}][\\p{L}'./\\-]*){0,3}"
			+ "\\s+(?:should|must|needs?\\s+to"
			+ "|has\\s+to|have\\s+to|doit|doivent|devra|devront|debe|deben|deberá|deberán|deve|devem|deverá|deverão|tiene\\s+que|tienen\\s+que|tem\\s+que|têm\\s+que)"
			+ "\\s+\\p{L}|(?<!qu[eé]\\s)\\b(?:[Tt]enemos|[Tt]emos|[Dd]ebemos|[Dd]evemos)\\s+que\\b|\\b(?:[Nn]ous\\s+devons|[Ww]e\\s+(?:need\\s+to"
			+ "|should|must|have\\s+to))\\b|\\bwill\\s+be\\s+\\p{L}+(?:ed|en|ne|de)\\b|\\b(?:ser(?:a|ont)|(?:va|vont)\\s+[eê]tre)\\s+(?:(?:pas|bien|donc|alors"
			+ "|également|aussi|ensuite|dorénavant|désormais|rapidement)\\s+)?(?!(?:plus|tous|jamais|assis|lui|ici)\\b)\\p{L}{2,}"
			+ "(?:é|ée|és|ées|ie|ies|is|ise|ises|u|ue|us|ues|it|ite|its|ites)\\b"
			+ "|\\bser(?:á|án|ão)\\s+\\p{L}+(?:ad|id)[oa]s?\\b");
	/**
	 * A decision told as done by the ones present, in the past or as a vote: "los países acordaron", "os professores
	 * aprovaram", "le CA vote à l'unanimité", "les demandes sont acceptées", "were re-elected", "foram aceitas".
	 */
	private static final Pattern DECIDED_DONE = Patterns.compile("\\b(?:acordaron|aprobaron|decidieron|resolvieron"
			+ "|ratificaron|eligieron|respaldaron|convinieron|aprovaram|aprovou-se|decidiram|deliberaram|acordaram|elegeram"
			+ "|ratificaram|aprovaram-na|aprovaram-no|estabeleceu-se|definiu-se"
			+ "|ont\\s+(?:(?:egalement|aussi|par\\s+ailleurs|ensuite|enfin|unanimement)\\s+)?(?:decide|vote|adopte|approuve|valide|accepte)"
			+ "|(?:ha|han)\\s+sido\\s+(?:designad|nombrad|elegid|aprobad)[oa]s?|(?:se\\s+)?dio\\s+luz\\s+verde"
			+ "|(?:se\\s+)?quedo\\s+sobre\\s+la\\s+mesa"
			+ "|vote\\s+a\\s+l'unanimite|votent|(?:sont|ont\\s+ete|est|a\\s+ete)\\s+(?:acceptee?s?|cooptee?s?|retenue?s?|reconduite?s?)"
			+ "|(?:was|were|has\\s+been|have\\s+been)\\s+(?:re-?elected|ratified|accepted|confirmed|passed)|unanimously|ratified"
			+ "|(?:foi|foram|fue|fueron)\\s+(?:aceit|acept|ratificad|reeleit|reelegid|aprovad|aprobad)[oa]s?|por\\s+unanimidade?"
			+ "|a\\s+l'unanimite|en\\s+votacion\\s+unanime"
			// a count of the votes: "10 voix pour, 0 contre", "46 votos a favor", "7 votes in favour"
			+ "|\\d+\\s+(?:voix\\s+pour|votos?\\s+a\\s+favor|votes?\\s+(?:for|in\\s+favou?r))\\b(?!\\s+(?:les?|la|l'|os|as|o|a|the)\\b)"
			+ "|(?:motion|proposal|changes?)\\s+(?:\\p{L}+\\s+)?passed"
			// a task given to someone: "tarea asignada a Ramón", "s'en occupent", "fica responsável", "in charge of"
			+ "|(?:asignad|atribuid|designad|encargad)[oa]s?\\s+(?:a|al|para)\\s|assigned\\s+to|attribuee?s?\\s+a"
			+ "|s'en\\s+(?:occupe|charge)\\p{L}*|(?:s'occupe|se\\s+charge)(?:nt|ra|ront)?\\s+d[eu']|(?:est|sont|sera|seront)\\s+charge(?:e|s|es)?\\s+d[eu']|(?:fica|ficou|ficam|ficaram)\\s+responsave\\p{L}+|se\\s+encarga\\p{L}*\\s+de"
			+ "|(?:is|are|will\\s+be)\\s+in\\s+charge\\s+of|will\\s+take\\s+care\\s+of"
			// a role given: "Nita chosen as team leader", "elegida como coordinadora", "élue comme trésorière"
			+ "|(?:chosen|elected|appointed|named|selected)\\s+as|(?:elegid|escogid|nombrad|eleit|escolhid|nomead)[oa]s?\\s+como"
			+ "|(?:choisie?s?|elue?s?|nommee?s?|designee?s?)\\s+comme"
			// the parties' operative verbs as a report tells them, a volunteer, a motion seconded
			+ "|exhortaron|instaron|solicitaron|encomendaron|exortaram|solicitaram|urged|called\\s+(?:on|upon)"
			+ "|offered\\s+to|volunteered\\s+to|se\\s+ofrecio\\s+a|se\\s+ofereceu\\s+para|s'est\\s+proposee?\\s+pour"
			+ "|asume\\s+(?:la|el|las|los)|assume\\s+(?:a|o|as|os)|prend\\s+en\\s+charge|seconded)\\b");
	/**
	 * A task taken on, a consensus reached, a thing defined, told without the words of a decision: "Helder ficou de
	 * ver", "quedó en enviar", "se comprometieron a", "committed to", "s'est engagée à"; "queda encargado de", "ficarão
	 * responsáveis", "is responsible for", "est responsable de"; "houve consenso", "se llegó a
	 * un acuerdo", "consensus was reached", "a fait consensus"; "se definen las bases", "foram delineados", "ont été
	 * définis", "were defined".
	 */
	private static final Pattern TAKEN_ON = Pattern.compile("\\b(?=[acefhiloqrstuw])(?:(?:fica|ficou|ficam|ficaram)(?:,\\s+\\p{L}+,)?\\s+de\\s+(?!fora\\b)\\p{L}+(?:ar|er|ir|or)(?:em)?"
			+ "|qued(?:o|aron|a|an)\\s+en\\s+\\p{L}+(?:ar|er|ir)|se\\s+comprometi(?:o|eron)\\s+a|se\\s+compromete[nm]?\\s+a"
			+ "|se\\s+comprometeu\\s+a|se\\s+comprometeram\\s+a|comprometeu-se\\s+a|comprometeram-se\\s+a"
			+ "|qued(?:a|an|o|aron)\\s+(?:a\\s+cargo|encargad[oa]s?)\\s+de|encargad[oa]s?\\s+de\\s+\\p{L}+(?:ar|er|ir)\\b"
			+ "|(?:is|are|will\\s+be|was|were)\\s+responsible\\s+for|(?:ficara|ficarao)\\s+responsave\\p{L}*|(?:est|sont|sera|seront)\\s+responsables?\\s+d(?:e|es|u|')"
			+ "|(?:committed|undertook|undertakes|commits)\\s+to|s'(?:est|sont)\\s+engagee?s?\\s+a|se\\s+sont\\s+engagee?s\\s+a"
			+ "|houve\\s+(?:concordancia|consenso)|cheg(?:ando|ou)-se\\s+(?:ao|a\\s+um)\\s+consenso|(?:ficou|foi)\\s+consensad[oa]"
			+ "|(?:se\\s+)?lleg(?:o|aron)\\s+a\\s+un\\s+(?:consenso|acuerdo)|hubo\\s+consenso|(?:reached|there\\s+was)\\s+(?:a\\s+)?consensus"
			+ "|consensus\\s+was\\s+reached|a\\s+fait\\s+consensus|(?:un\\s+)?consensus\\s+(?:s'est\\s+degage|a\\s+ete\\s+trouve)"
			+ "|se\\s+(?:definen|definio|definieron|establecen|establecio|determina|determino|fija|fijo|fijan)\\b(?!\\s+en\\b)"
			+ "|(?:fue|fueron)\\s+(?:definid|establecid|fijad|determinad)[oa]s?|(?:foi|foram)\\s+(?:delinead|fixad|estipulad|determinad)[oa]s?"
			+ "|(?:ont|a)\\s+ete\\s+(?:definie?s?|fixee?s?|arretee?s?)|(?:was|were)\\s+defined)\\b");
	/**
	 * What a body does by saying it, impersonally or as it reports: "se nombra nuevo vicepresidente", "se archivaron
	 * varios expedientes", "foram arquivados", "sont classés", "were archived"; "decidiéndose por consenso", "aprovando-se",
	 * "Decidiu este executivo"; one who says what they will do: "disse que vai fazer", "dijo que va a enviar", "said he
	 * will send", "a dit qu'il va envoyer".
	 */
	private static final Pattern ACTED = Pattern.compile("\\b(?=[acdefioprsw])(?:se\\s+(?:nombra|nombro|designa|designo|elige|eligio|proclaman?|proclamo"
			+ "|archivan?|archivaron|archivo|autoriza|autorizo|adjudica|adjudico|otorga|otorgo)\\b|\\b(?:fue|fueron)\\s+(?:tambien\\s+)?archivad[oa]s?"
			+ "|\\b(?:foi|foram)\\s+(?:tambem\\s+)?(?:arquivad|autorizad|concedid)[oa]s?|\\b(?:est|sont|a\\s+ete|ont\\s+ete)\\s+"
			+ "(?:egalement\\s+)?(?:classee?s?|autorisee?s?|attribuee?s?|designee?s?)|\\b(?:was|were)\\s+(?:also\\s+)?(?:archived|authori[sz]ed"
			+ "|granted|awarded)|\\b(?:decidiendose|aprobandose|acordandose|resolviendose|decidindo-se|aprovando-se|deliberando-se"
			+ "|acordando-se)\\b|^(?:decidiu|deliberou|aprovou|resolveu|decidio|aprobo|acordo|resolvio)\\s+(?:este|esta|o|a|el|la)\\s+\\p{L}"
			+ "|\\b(?:disse|informou|afirmou|comunicou|dijo|informo|indico|said|stated|indicated|a\\s+dit|indique|precise)\\s+(?:que\\s+"
			+ "|qu'|that\\s+)?(?:\\p{L}+\\s+){0,2}(?:vai|ira|va\\s+a|will|va|vont)\\s+\\p{L}{3,})");
	/**
	 * An impersonal plan in Spanish and French: "se creará un repositorio", "se abrirá un plazo", "le retournement se
	 * fera"; not in a relative clause, which describes ("la Cumbre, que se celebrará en Cádiz").
	 */
	private static final Pattern PLANNED = Patterns.compile("(?=[Ss]e\\s)(?<!\\b[Nn]o\\s)(?<!\\b[Qq]ue\\s)\\b[Ss]e\\s+(?!(?:verá|podrá)\\b)\\p{L}+(?:ará|erá|irá|arán|erán"
			+ "|irán)\\b|\\bse\\s+(?:fera|feront|tiendra|tiendront|déroulera|dérouleront)\\b");
	/**
	 * A sentence labelled as an action or a task: "Action: Clerk to obtain quotes", "ACTION – AH – Send Email", "AI: All";
	 * with its owner between the label and the colon ("AI @Markus Fiebig: send information", "Action Mark/Philippe: Go
	 * talk to W3C") or after a dash ("AI - @cvazac to find out").
	 */
	private static final Pattern LABELLED = Pattern.compile("^\\W*(?:actions?(?:\\s+items?)?|ai|accion|acao|tarea|tarefa"
			+ "|a\\s+faire|a\\s+fazer|por\\s+hacer|to\\s*do)(?:\\s+[a-z]{1,3}-?\\d[\\w./-]*|\\s+@?\\p{L}[\\p{L}.-]*"
			+ "(?:[\\s/]+@?\\p{L}[\\p{L}.-]*)?(?=\\s*:))?\\s*[:\\-–—]\\s*@?\\p{L}");
	private static final String WHEN = "(?:\\d{1,2}[/.]\\d{1,2}|(?:\\d{1,2}(?:er|st|nd|rd|th)?\\s+(?:de\\s+)?)?(?:janvier|fevrier|mars|avril"
			+ "|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto"
			+ "|septiembre|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|maio|junho|julho|setembro|outubro"
			+ "|novembro|dezembro|january|february|march|april|june|july|august|september|october|november|december)"
			+ "|monday|tuesday|wednesday|thursday|friday|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miercoles|jueves"
			+ "|viernes|segunda|terca|quarta|quinta|sexta|(?:next|this)\\s+week|end\\s+of\\s+(?:the\\s+)?month"
			+ "|fin\\s+(?:du\\s+mois|de\\s+mes)|semaine\\s+prochaine|proxima\\s+semana|tomorrow|demain)\\b";
	/**
	 * Something planned for a day or due by one: "Soutenance prévue le 25 septembre", "à remettre pour le 17 août",
	 * "Targeting the end of the month", "by EOD Friday", "prevista para el lunes", "até sexta".
	 */
	private static final Pattern SCHEDULED = Patterns.compile("\\b(?:prevue?s?|prevus|previst[oa]s?|programad[oa]s?"
			+ "|agendad[oa]s?|scheduled|planned|target(?:ed|ing)?|due(?!\\s+to\\b)|a\\s+remettre|a\\s+rendre|a\\s+entregar"
			+ "|by(?:\\s+(?:eod|cob|the\\s+end\\s+of))?|d'ici|ate)\\b[^.;:?]{0,30}?\\b" + WHEN
			// an action announced for a day: "will report to the TSC tomorrow", "va a enviarlo el lunes"
			+ "|\\b(?:will|shall|va|vont|vai|vao|van\\s+a)\\s+(?!(?:be|etre|ser|have|avoir)\\b)\\p{L}{3,}[^.;:?]{0,50}?\\b" + WHEN);
	private static final Pattern ADDITIVE = Patterns.compile("(?:en\\s+outre|de\\s+meme|a\\s+cet\\s+egard|par\\s+ailleurs"
			+ "|also|furthermore|moreover|in\\s+addition|additionally|to\\s+this\\s+end|asimismo|ademas|igualmente"
			+ "|del\\s+mismo\\s+modo|a\\s+tal\\s+efecto|alem\\s+disso|ademais|da\\s+mesma\\s+forma|para\\s+tanto)\\b[\\s,]*");
	/** Emphasis marks dropped before the words are weighed; compiled once (Narrative and ScoringFeatures, per candidate). */
	static final Pattern EMPHASIS_MARKS = Pattern.compile("[*_`]");

	private Narrative() {
	}

	/**
	 * Whether the sentence tells a decision or a task, answered once a reading ({@link ReadingContext#states}): the readers,
	 * the prose and the scoring ask of the same sentence several times.
	 */
	static boolean states(String sentence, ReadingContext reading) {
		return reading.states(sentence);
	}

	/**
	 * Whether the sentence tells a decision or a task, read now: for the parts that ask seldom and have no reading at
	 * hand (a header line, a quoted remark, a numbered point's topic: a few sentences a reading).
	 */
	static boolean states(String sentence) {
		return reads(sentence);
	}

	/** The answer of {@link #states}; it depends on the sentence alone (the patterns are of all four languages). */
	static boolean reads(String sentence) {
		String stripped = sentence.strip();
		if (stripped.length() < 12 || stripped.length() > 600 || stripped.endsWith("?")) {
			return false;
		}
		String plain = EMPHASIS_MARKS.matcher(stripped).replaceAll("").replace('’', '\'');
		String folded = TextFolding.fold(plain);
		if (BODY_DECIDES.matcher(folded).find() || DECIDED.matcher(folded).find() || OPERATIVE.matcher(folded).find()
				|| Cues.instructed(folded)
				|| Cues.DECIDED_IN_ACCOUNT.matcher(folded).find() || DECIDED_DONE.matcher(folded).find() || NamedTasks.told(plain)
				|| SCHEDULED.matcher(folded).find() || TAKEN_ON.matcher(folded).find()
				|| LABELLED.matcher(folded).find() || ACTED.matcher(folded).find() || PLANNED.matcher(plain).find()) {
			return true;
		}
		return OBLIGATION.matcher(plain).find() || Futures.told(plain, folded);
	}

	/** The spans, in the paragraph, of its sentences that tell a decision or a task ({@link #sentences(String, boolean, ReadingContext)}). */
	static List<int[]> sentences(String paragraph, ReadingContext reading) {
		return sentences(paragraph, false, reading);
	}

	/**
	 * The spans of the paragraph's sentences: with {@code every}, all of them (for the scoring to weigh), else only
	 * those that tell a decision or a task; a span's third number is 1 when it tells one, else 0. A decision the same
	 * body or "we" goes on with after "En outre", "Also" is one span with it; an impersonal one ("Además, se dio luz
	 * verde …") is one of its own (golds of f, o, q, ac). A short first sentence naming the topic stays with the second.
	 */
	static List<int[]> sentences(String paragraph, boolean every, ReadingContext reading) {
		List<int[]> all = Abbreviations.sentences(paragraph, SentenceEnds.narrative(paragraph), true);
		List<int[]> found = new ArrayList<>();
		boolean previous = false;
		boolean titled = all.size() > 1 && all.get(0)[1] - all.get(0)[0] < 60;
		for (int i = 0; i < all.size(); i++) {
			int[] s = all.get(i);
			String sentence = paragraph.substring(s[0], s[1]).strip();
			// "… the following recommendations were adopted:" announces the decisions below, it is not one
			boolean states = !sentence.endsWith(":") && (states(sentence, reading) || ToldClauses.told(sentence, reading.languageIndex()));
			if (states && previous && goesOn(TextFolding.fold(paragraph.substring(s[0], s[1])))) {
				found.get(found.size() - 1)[1] = s[1];
			}
			else if (states && i > 0 && VoteSentences.closes(sentence)) {
				VoteSentences.join(found, all, i);
			}
			else if (states || every && !(i == 0 && titled)) {
				int start = i == 1 && titled ? all.get(0)[0] : s[0];
				found.add(new int[] { start, s[1], states ? 1 : 0 });
			}
			previous = states;
		}
		return found;
	}

	/** The same body or "we" after "En outre", "Also" ("En outre, la Conférence instruit …"; rare, so "we" is compiled here). */
	private static boolean goesOn(String folded) {
		Matcher m = ADDITIVE.matcher(folded);
		return m.lookingAt() && (BODY_DECIDES.matcher(folded.substring(m.end())).lookingAt() || folded.substring(m.end())
			.matches("(?s)(?:we|nous|nosotros|nos|acordamos|decidimos|resolvimos|convenimos|concordamos|combinamos)\\b.*"));
	}
}
