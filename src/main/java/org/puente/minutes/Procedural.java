package org.puente.minutes;

import java.util.regex.Pattern;

import org.puente.i18n.TextFolding;

/**
 * The business every meeting goes through and no register keeps, in es/en/pt/fr: approving the agenda or the last
 * minutes, apologies and attendance, declarations of interest, who takes the minutes, opening and closing the
 * session, that the meeting took place. Such an item is left out unless the minutes list it among their decisions (a decisions section, or an
 * item that names itself a resolution: "adoptándose el siguiente acuerdo").
 */
final class Procedural {

	private static final String MINUTES = "(?:the\\s+)?(?:(?:draft|previous|last)\\s+)?(?:minutes|agenda|acta|actas"
			+ "|orden\\s+del\\s+dia|ata|atas|pauta|ordem\\s+do\\s+dia|proces[- ]verbal|proces[- ]verbaux|compte[- ]rendu"
			+ "|comptes[- ]rendus|pv|ordre\\s+du\\s+jour)(?!\\s*(?:20\\d\\d|de\\s+(?:constitucion|fundacion|fundacao|constituicao)"
			+ "|constitutiva|fundacional))";

	/** The item opens with the procedure: "To approve the minutes", "Aprobación del acta", "Adoption de l'ordre du jour". */
	private static final Pattern OPENS = Pattern.compile("^(?:(?:to\\s+)?(?:consider\\s+and\\s+)?"
			+ "(?:approve|approval\\s+of|adopt|adoption\\s+of|confirm|confirmation\\s+of|accept|acceptance\\s+of|sign"
			+ "|signing\\s+of|read|reading\\s+of|agree)|(?:lectura\\s+y\\s+)?(?:aprobacion|aprobar|lectura|adopcion)"
			+ "|(?:se\\s+)?(?:aprueba|aprobo|lee|leyo|da\\s+lectura\\s+a)|(?:lecture\\s+et\\s+)?(?:approbation|adoption"
			+ "|adopter|approuver|lecture)|(?:leitura\\s+e\\s+)?(?:aprovacao|aprovar|leitura|discussao\\s+e\\s+votacao)"
			+ "|(?:foi\\s+)?(?:aprovad[ao]|lid[ao]))\\s+(?:(?:and|y|et|e)\\s+\\p{L}+\\s+)?(?:of\\s+|del?\\s+|d[aoe]s?\\s+|du\\s+"
			+ "|de\\s+l'|des\\s+|a\\s+)?(?:la\\s+|el\\s+|le\\s+|l'|a\\s+|o\\s+)?" + MINUTES + "\\b"
			+ "|^(?:to\\s+(?:receive|accept|note)\\s+)?apologies\\b|^apologies\\s+for\\s+absence|^declarations?\\s+of"
			+ "\\s+(?:pecuniary\\s+)?interests?|^(?:verificacion|comprobacion)\\s+del?\\s+quorum|^(?:verificacao\\s+de\\s+)?quorum\\b"
			+ "|^(?:appel\\s+nominal|constatation\\s+du\\s+quorum)|^(?:designation|election)\\s+(?:du|d'un|d'une)\\s+secretaire"
			+ "\\s+de\\s+seance|^(?:apertura|abertura|ouverture|opening)\\s+(?:de\\s+la\\s+|da\\s+|de\\s+la\\s+|of\\s+the\\s+)?"
			+ "(?:sesion|sessao|seance|meeting|reunion|reuniao)\\b");

	/** That the meeting took place, who came, the silence kept: the record's frame, never a decision. */
	private static final String FRAME = "held\\s+its\\s+\\p{L}*\\s*(?:meeting|session)|took\\s+place|a\\s+tenu\\s+sa|s'est\\s+tenue?|tuvo\\s+lugar"
			+ "|teve\\s+lugar|se\\s+celebro|se\\s+reunieron|nos\\s+reunimos|se\\s+reuniram|nous\\s+nous\\s+sommes\\s+reunis"
			+ "|we\\s+met|(?:were|was)\\s+(?:also\\s+)?present|estiveram\\s+(?:tambem\\s+)?presentes|estuvieron\\s+presentes"
			+ "|(?:etaient|etait)\\s+presente?s?|minute\\s+(?:de|of)\\s+silence|minuto\\s+de\\s+silencio"
			// the session opened or nothing to report
			+ "|(?:apertura|abertura|ouverture|opening)\\s+(?:de\\s+la\\s+|da\\s+|of\\s+the\\s+)?(?:sesion|sessao|seance|meeting|reunion"
			+ "|reuniao)|rien\\s+a\\s+signaler|nothing\\s+(?:new\\s+)?to\\s+report|sin\\s+novedad(?:es)?|sem\\s+novidades"
			+ "|nada\\s+(?:a|que)\\s+(?:reportar|informar|relatar|declarar)"
			// the session closed at an hour: "La reunión concluyó a las 17:23", "The meeting ended at 9 pm"
			+ "|(?:reunion|sesion|meeting|seance|reuniao|sessao)\\s+(?:concluyo|termino|finalizo|ended|closed|finished"
			+ "|s'est\\s+terminee|s'acheve|se\\s+termine|terminou|encerrou)\\s+(?:a\\s+las|at|a|as)\\s+~?\\s*\\d+"
			// who runs or minutes the meeting: "Jack will facilitate", "est présidée par", "presidida por"
			+ "|^[\\p{L}.' -]{1,40}\\s+(?:will|volunteered\\s+to)\\s+(?:facilitate|chair|minute|minutes|take\\s+(?:the\\s+)?(?:minutes|notes))\\s*\\.?$"
			+ "|^[\\p{L}.' -]{1,40}\\s+volunteered\\s+to\\s+(?:take\\s+(?:the\\s+)?(?:minutes|notes)|note\\s+the\\s+list\\s+of\\s+(?:participants|attendees))"
			+ "|(?:reunion|sesion|seance|assemblee\\s+generale|reuniao|sessao|assembleia)\\s+(?:est|fue|foi|e)\\s+presid(?:id[ao]|ee?)\\s+(?:par|por|pel[oa])"
			// who signed the minutes: "Firmado por todos los integrantes", "Signed by the chair", "Signé par le président"
			+ "|^(?:firmad[oa]s?|signed|assinad[oa]s?|signee?s?)\\s+(?:por|by|par|pelos?|pelas?)";

	/** The vote on the resolution above, which names nothing itself: "Cette résolution a été adoptée à l'unanimité". */
	private static final Pattern VOTE_ON_IT = Pattern.compile("^(?:cette|cet|this|esta|essa)\\s+(?:resolution|deliberation"
			+ "|decision|proposition|proposal|motion|resolucion|propuesta|proposta|deliberacao)\\s+(?:a\\s+ete|est|fue|foi|was|is"
			+ "|has\\s+been)\\s+(?:adoptee?|approuvee?|aprobada|aprovada|adopted|approved|carried|votee?)\\b");

	/**
	 * The vote on the motion above told in a sentence, naming nothing decided: "The motion was seconded and, after some
	 * discussion, passed by a show of hands", "By voice vote the motion carried unanimously, 4-0", "El resultado de la
	 * votación ha sido de 11 votos a favor", "Se vota …, se aprueba, con cuatro votos", "Member Hage so moved".
	 */
	private static final Pattern VOTE_TOLD = Pattern.compile("^(?:by\\s+(?:a\\s+)?(?:voice|unanimous|roll[- ]call|hand)\\s+vote"
			+ "\\s*,?\\s+|by\\s+(?:a\\s+)?show\\s+of\\s+hands\\s*,?\\s+)?(?:the\\s+|la\\s+|el\\s+|a\\s+|o\\s+|le\\s+)?(?:motion"
			+ "|proposals?|propuestas?|mocion|proposicion|propositions?|propostas?|mocao)\\s+(?:(?:was|were|fue|fueron|foi|foram"
			+ "|a\\s+ete|ont\\s+ete)\\s+(?:duly\\s+)?(?:seconded|put\\s+to\\s+(?:the|a)\\s+vote|sometid[ao]s?\\s+a\\s+votacion"
			+ "|mise?s?\\s+aux\\s+voix|postas?\\s+em\\s+votacao|votad[ao]s?)\\s*(?:and|y|e|et)?\\s*,?\\s*(?:(?:after|tras|apres|despues\\s+de)\\b[^.,]{0,30}?,?\\s+)?)?"
			+ "(?:(?:was|were|fue|fueron|foi|foram|a\\s+ete|ont\\s+ete)\\s+)?(?:passed|carried|failed|adopted|approved|rejected"
			+ "|defeated|aprobadas?|rechazadas?|aprovadas?|rejeitadas?|adoptees?|rejetees?)(?:\\s*[,.;]?\\s*(?:(?:by|por|par|pel[oa]"
			+ "|with|con|com|avec|after|tras|apres)\\b[^.]{0,80}|unanimously|a\\s+l'unanimite|\\d+\\s*[-–a]\\s*\\d+)?)*\\s*[.;]?$"
			+ "|^(?:el\\s+)?resultado\\s+de\\s+la\\s+votacion|^o\\s+resultado\\s+da\\s+votacao|^le\\s+resultat\\s+du\\s+vote"
			+ "|^se\\s+vota\\b[^.]{0,80}\\bse\\s+aprueba\\s*(?:,|\\.|$|con\\b|por\\b)|^[\\p{L} .'-]{1,40}\\s+so\\s+moved\\b");

	/**
	 * A line that only records the vote or the sponsors of the motion above it, naming nothing decided: "Seconded by
	 * Seth", "Mark seconded.", "Motion carried unanimously", "Aprobado por unanimidad.", "Appuyé par Luc".
	 */
	private static final Pattern VOTE_ONLY = Pattern.compile("^(?:(?:the\\s+)?motion\\s+(?:was\\s+)?(?:carried|passed|approved"
			+ "|adopted|failed)|(?:(?:unanimously|duly)\\s+)?(?:approved|adopted|carried|passed|seconded)|moved|second"
			+ "|(?:la\\s+)?(?:mocion|propuesta|proposta|motion)\\s+(?:fue\\s+|foi\\s+|est\\s+)?(?:aprobada|aprovada|adoptee)"
			+ "|secundad[oa]|apoyad[oa]|aprobad[oa]|aprovad[oa]|adoptee?|approuvee?|appuyee?|[\\p{L}.'-]+(?:\\s+[\\p{L}\\d.'-]+){0,3}"
			+ "\\s+(?:seconded|secundo|apoyo|appuie)(?:\\s+(?:the|la|a)\\s+(?:motion|mocion|proposta|proposition))?)"
			+ "(?:\\s*[,:]?\\s*(?:by|por|par|pel[oa]|unanimously|a\\s+l'unanimite|por\\s+unanimidade?|with|con|com|avec"
			+ "|sin|sem|sans)\\b[^.;]{0,50})?\\s*[.;]?$");

	/**
	 * A preambular clause of a resolution ("Having examined document …,", "Recalling Decision 11.COM 10,",
	 * "Considerando que …;"): it leads to what is decided and decides nothing.
	 */
	private static final Pattern PREAMBLE = Pattern.compile("^(?:having\\s+(?:examined|considered|reviewed|heard|noted)"
			+ "|recalling|noting|considering|recogni[sz]ing|bearing\\s+in\\s+mind|taking\\s+(?:note|into\\s+account)"
			+ "|reaffirming|acknowledging|considerando|recordando|teniendo\\s+(?:en\\s+cuenta|presente)|habiendo\\s+"
			+ "(?:examinado|considerado)|vistos?|reconociendo|reafirmando|tomando\\s+nota|ayant\\s+(?:examine|pris\\s+note)"
			+ "|rappelant|considerant|notant|prenant\\s+note|reconnaissant|reaffirmant|tenant\\s+compte|vu|tendo\\s+"
			+ "(?:examinado|presente|em\\s+conta)|reconhecendo)\\b(?:[^.]|\\.(?=\\S))*[,;]$");

	/** The procedure told anywhere near the item's start: "the minutes were approved", "la séance est levée". */
	private static final Pattern TELLS = Patterns.compile("\\b(?:minutes\\s+of\\s+the\\s+(?:previous|last)\\s+meeting"
			+ "|(?:the\\s+)?(?:minutes|(?:draft\\s+)?notes)\\b[^.;]{0,40}\\s(?:were|was|are|is)\\s+(?:approved|agreed|adopted|signed|accepted|confirmed|passed)"
			+ "|accepted\\s+(?:all\\s+|the\\s+)?(?:previous\\s+)?minutes|moved\\s+to\\s+approve\\s+(?:the\\s+minutes\\s+)?(?:as\\s+"
			+ "(?:presented|amended|written|corrected)|with\\s+(?:corrections|amendments))"
			// a motion to approve the last minutes or the agenda: "Motion by X, second by Y to approve the minutes with …"
			+ "|\\bmotion\\b[^.;]{0,60}?\\bto\\s+(?:approve|accept|adopt)\\s+(?:the\\s+)?(?:(?:previous|last|prior)\\s+)?(?:meeting\\s+)?(?:minutes|agenda)\\b"
			+ "|(?:the\\s+)?agenda\\s+(?:was|were)\\s+(?:approved|adopted|agreed)|as\\s+an?\\s+(?:true|correct|accurate)\\s+record"
			+ "|acta\\s+de\\s+la\\s+(?:sesion|reunion)\\s+anterior|el\\s+acta\\s+(?:[^.]{0,80}\\s)?(?:(?:es|fue|queda|resulta)\\s+aprobada"
			+ "|se\\s+aprob[oa]|se\\s+aprueba)|(?:se\\s+)?(?:da|dio)\\s+lectura\\s+a(?:l|\\s+la)\\s+(?:acta|orden\\s+del\\s+dia)"
			+ "|alegaciones\\s+(?:contra|a)\\s+(?:el\\s+)?acta|ata\\s+da\\s+(?:sessao|reuniao)\\s+anterior"
			+ "|as?\\s+atas?\\s+(?:[^.]{0,80}\\s)?(?:e|foi|foram|esta|estao|sao)\\s+aprovadas?"
			+ "|(?:proces[- ]verbal|compte[- ]rendu|pv)\\s+de\\s+la\\s+(?:seance|reunion)\\s+precedente"
			+ "|(?:proces[- ]verbal|compte[- ]rendu|pv|ordre\\s+du\\s+jour)\\b[^.]{0,160}\\b(?:est|a\\s+ete|sont|ont\\s+ete)\\s+(?:approuve|adopte|valide)"
			+ "|secretaire\\s+de\\s+seance|la\\s+seance\\s+est\\s+(?:levee|close|ouverte)|se\\s+levanta\\s+la\\s+(?:sesion|reunion)"
			+ "|(?:se\\s+)?da\\s+por\\s+(?:terminada|finalizada|concluida|levantada)\\s+la\\s+(?:sesion|reunion)"
			+ "|(?:encerrou-se|foi\\s+encerrada|deu-se\\s+por\\s+encerrada|declarou\\s+encerrada)\\s+a\\s+(?:reuniao|sessao)"
			+ "|nada\\s+mais\\s+havendo|no\\s+habiendo\\s+(?:mas|otros)\\s+(?:asuntos|temas)|(?:the\\s+)?meeting\\s+(?:was\\s+)?"
			+ "(?:closed|adjourned)|motion\\s+to\\s+adjourn|there\\s+being\\s+no\\s+(?:further|other)\\s+business|" + FRAME + ")\\b");

	private static final Pattern FRAMES = Patterns.compile("\\b(?:" + FRAME + ")\\b");

	/** The minutes name the item a resolution of their own: "adoptándose el siguiente acuerdo", "DELIBERAÇÃO:". */
	private static final Pattern RESOLVED = Pattern.compile("\\b(?:(?:siguiente|el)\\s+acuerdo|acuerda|acuerdan"
			+ "|deliberacao|deliberou|delibere|deliberation|resolution|resolucion|resolved\\s+that)\\b");

	/**
	 * A line of the attendance list: a name alone, with its role or its country ("NL: Jesper Cockx (WG1 leader)",
	 * "Ana Ruiz (tesorera)"), every word capitalised; it names nobody's task.
	 */
	private static final Pattern ATTENDANCE_LINE = Pattern.compile("(?:\\p{Lu}{2,3}\\s*:\\s*)?\\p{Lu}[\\p{L}'’.-]+"
			+ "(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|de|da|do|dos|das|del|la|van|von|der|di|le))*\\s+\\p{Lu}[\\p{L}'’-]+\\s*(?:\\([^()]{1,40}\\))?\\s*[.;,]?");

	/** The body resolves only to approve the last minutes: "el Pleno acuerda aprobar el acta por unanimidad". */
	private static final Pattern RESOLVES_MINUTES = Pattern.compile("\\b(?:acuerda|acuerdan|resolved\\s+to|delibera|deliberou"
			+ "|decide|decidiu)\\s+(?:aprobar|approve|aprovar|approuver)\\s+(?:el\\s+|the\\s+|a\\s+|le\\s+)?(?:acta|minutes|ata"
			+ "|proces-verbal|compte[- ]rendu)\\b(?![^.]{0,40}\\b(?:constitu|fundac))[^.;:]{0,80}[.;]?$");

	/** "DECISIÓN: En cuenta.", "Noted.", "Pris acte.": the body took note of a report and decided nothing. */
	private static final Pattern NOTED = Pattern.compile("^(?:en\\s+cuenta|se\\s+toma\\s+(?:nota|conocimiento)|tomad[oa]"
			+ "\\s+(?:nota|conocimiento)|noted|(?:it\\s+was\\s+)?taken\\s+note|note\\s+taken|pris\\s+acte|(?:il\\s+est\\s+)?pris"
			+ "\\s+note|ciente|tomou(?:-se)?\\s+conhecimento|conhecimento)\\s*[.;]?$");

	/**
	 * An item that holds nothing, after its label if any: "(none)", "Action item: n/a", "Néant", "Nenhum", or only points
	 * elsewhere ("See: [last minutes](…)", "Conclusión 1: Ver ANEXO.", "Voir le compte rendu ci-dessous").
	 */
	private static final Pattern NOTHING = Pattern.compile("[^\\p{L}(\\[]*(?:[^:.]{1,40}:\\W*)?\\(?(?:none|n/?a|nil|nothing"
			+ "|neant|aucune?|rien|ninguno|ninguna|nada|nenhum|nenhuma|(?:see|ver|voir|veja|vide|cf)\\W+(?:the\\s+|el\\s+|la\\s+"
			+ "|le\\s+|les\\s+|o\\s+|a\\s+|l')?(?:anexos?|annex|annexes?|appendix|attach\\p{L}*|above|below|notes?|minutes|actas?"
			+ "|atas?|compte[- ]rendu|ci-dessus|ci-dessous|arriba|abajo|acima|abaixo|\\[|https?:)[^.]{0,80})\\)?[\\s.;]*");

	/** How far into an item its procedure is looked for: an item about something else may mention the minutes later. */
	private static final int NEAR_START = 200;

	private Procedural() {
	}

	/**
	 * Whether the item tells that the meeting took place, who came or the silence kept, even under a decisions heading
	 * ("Le Conseil permanent a tenu sa 110e session …"), unless it names itself a resolution; or only the vote on it; or
	 * holds nothing ("(none)", "Ver ANEXO").
	 */
	static boolean frame(String item) {
		if (ATTENDANCE_LINE.matcher(Markers.stripEmphasis(item.strip())).matches()) {
			return true;
		}
		String folded = TextFolding.fold(Markers.stripEmphasis(item.strip())).replace('’', '\'');
		if (folded.length() < 120 && NOTHING.matcher(folded).matches()) {
			return true;
		}
		return FRAMES.matcher(folded.substring(0, Math.min(folded.length(), NEAR_START))).find() && !RESOLVED.matcher(folded).find()
				|| VOTE_ON_IT.matcher(folded).find() || VOTE_TOLD.matcher(folded).find() || folded.length() < 90 && VOTE_ONLY.matcher(folded).matches();
	}

	/** Whether the item is a preambular clause of a resolution, ending in a comma or a semicolon. */
	static boolean preamble(String item) {
		String folded = TextFolding.fold(Markers.stripEmphasis(item.strip()));
		return folded.length() < 400 && PREAMBLE.matcher(folded).matches();
	}

	/** Whether the item only takes note ("En cuenta."), with nothing decided nor to do. */
	static boolean notedOnly(String item) {
		String folded = TextFolding.fold(Markers.stripEmphasis(item.strip()));
		java.util.regex.Matcher label = Cues.INLINE_AGREEMENT.matcher(folded);
		if (label.find() && Cues.LABEL_END.matcher(folded.substring(0, label.end())).find()) {
			folded = folded.substring(label.end()); // "DECISIÓN: En cuenta." takes note as "En cuenta." does
		}
		return NOTED.matcher(folded).matches();
	}

	/** Whether the item is the meeting's own procedure, not a decision worth registering. */
	static boolean is(String item) {
		String folded = TextFolding.fold(Markers.stripEmphasis(item.strip())).replace('’', '\'')
			.replaceFirst("^(?:\\(?[ivx\\d]{1,4}[.)-]|\\d{1,3})\\s*", "");
		String start = folded.substring(0, Math.min(folded.length(), NEAR_START));
		return (OPENS.matcher(start).find() || TELLS.matcher(start).find()) && !RESOLVED.matcher(folded).find()
				|| RESOLVES_MINUTES.matcher(start).find();
	}
}
