package org.puente.minutes;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.TextFolding;

/**
 * The labels of a task's fields and of the minutes' own header, one vocabulary in es/en/pt/fr (folded), each word with
 * its role: what is done (task), who does it (owner), by when (deadline), how far it is (status), or the record of the
 * meeting itself (header: its date, place, time, who came, who chaired). A task table's header ({@link TaskColumns}),
 * a field line under an item ({@link FieldLines}) and an owner named by its label ({@link PersonNames}) read it.
 * Some words name a task's field only as a column beside others ("Data", "Who", "Que" over a table): alone before a
 * colon they say something else, "**Data:** 11/04/2025" dates the meeting.
 */
final class FieldLabels {

	enum Role { TASK, OWNER, DEADLINE, STATUS, HEADER }

	/** Labels that name the field wherever they stand: on a line of their own, before a colon, over a column. */
	private static final Map<Role, String> FIELD = Map.of(
			Role.TASK, "",
			Role.OWNER, "responsavel|responsaveis|responsables?|responsibles?|owners?|assignee|encargad[oa]s?"
					+ "|executor(?:\\s+responsavel)?|executores",
			Role.DEADLINE, "prazo|plazo|deadline|due(?:\\s+date)?|fecha\\s+limite|data\\s+limite|echeance|date\\s+limite"
					+ "|target\\s+date",
			Role.STATUS, "status|estado|statut|situacao",
			Role.HEADER, "fecha|data|date|dia|hora|horario|heure|time|lugar|local|lieu|place|location|venue|sala|salle"
					+ "|room|participantes|participants|asistentes|attendees|presentes|presents?|ausentes|absents?|excused"
					+ "|duracion|duracao|duree|duration|inicio|horario\\s+de\\s+inicio|start|plataforma|platform"
					+ "|modalidad|modalidade|convocatoria|periodo");

	/** Who chaired and who wrote: header lines too, but "AWG Chair" names the one who acts. */
	private static final String OFFICES = "moderador|moderator|facilitator|facilitador|secretario|secretaria|secretary"
			+ "|scribe|note\\s+taker|relator|redactor|chair|presidente|president";

	/** Words that name a task's field only as a column of a table, beside the others. */
	private static final Map<Role, String> COLUMN = Map.of(
			Role.TASK, "what|task|tasks|action|actions|action\\s+items?|activity|activities|item|description|descripcion"
					+ "|descricao|deliverable|entregable|tarea|tareas|tarefa|tarefas|actividad|actividades|atividade"
					+ "|atividades|accion|acciones|acao|acoes|acuerdo|acuerdos|acordo|acordos|decision|decisions|decisiones"
					+ "|decisao|decisoes|compromiso|compromisos|compromisso|encaminhamento|encaminhamentos|tache|taches"
					+ "|quoi|sujet|que|o\\s+que|historia|historias|story|pendiente|pendientes",
			Role.OWNER, "who|assigned(?:\\s+to)?|lead|helper|en\\s+charge|in\\s+charge|quien|quem|qui|porteur|pilote"
					+ "|person|persona|pareamento",
			Role.DEADLINE, "when|date|by\\s+when|fecha|cuando|data|quando|delai|quand|pour\\s+quand|eta|timeline"
					+ "|timeframe|target|vence|vencimiento|vencimento|limite|termino|horizon|cronograma|calendrier|periodo"
					+ "|ate\\s+quando|hasta\\s+cuando|jusqu'?a\\s+quand",
			Role.STATUS, "state|situacion|etat|avance|progress",
			Role.HEADER, "");

	/** "**Data:** 11/04/2025 (Sexta-feira)", "Lugar: Sala 3", "Participants : Ana, Luc": the meeting's record. */
	private static final Pattern HEADER_LINE = Pattern.compile("^(?:[-*+•]\\s+)?(?:" + FIELD.get(Role.HEADER) + "|" + OFFICES
			+ ")(?:\\s+(?:de\\s+la|de|da|do|du|of\\s+the|of)\\s+(?:reunion|reuniao|seance|meeting|sesion|sessao))?"
			+ "\\s*:\\s*(\\S.{0,80})$");

	/**
	 * Who acts, named by a label: "Release owner: Rajat", "Responsável → Ana", "Helper: Ghislaine" (a helper or a lead
	 * is named so in an item of its own, not as a field of the item above).
	 */
	static final Pattern OWNER_LABEL = Pattern.compile("\\b(?:" + FIELD.get(Role.OWNER)
			+ "|helper|lead|en\\s+charge|in\\s+charge)\\s*(?::|->|→)\\s*");

	private static final Map<Role, Pattern> COLUMN_HEADS = new EnumMap<>(Role.class);

	private static final Pattern ANY = Patterns.compile(String.join("|", java.util.Arrays.stream(Role.values())
		.map(role -> join(FIELD.get(role), COLUMN.get(role))).filter(w -> !w.isEmpty()).toList()));

	static {
		for (Role role : Role.values()) {
			String words = join(FIELD.get(role), COLUMN.get(role));
			COLUMN_HEADS.put(role, Pattern.compile(words.isEmpty() ? "(?!)" : "^(?:" + words + ")\\b"));
		}
	}

	private FieldLabels() {
	}

	/** The role of a field line's label ("Responsável", "Prazo", "Status"), or null when it names none. */
	static @Nullable Role field(String label) {
		for (Role role : Role.values()) {
			if (role != Role.HEADER && !FIELD.get(role).isEmpty() && label.matches(FIELD.get(role))) {
				return role;
			}
		}
		return null;
	}

	/** The alternation of a field line's labels for a task's owner, deadline or status. */
	static String taskFields() {
		return FIELD.get(Role.OWNER) + "|" + FIELD.get(Role.DEADLINE) + "|" + FIELD.get(Role.STATUS);
	}

	/** Whether a table's column header (folded) opens with a word of the role: "Data limite", "Executor Responsável". */
	static boolean heads(Role role, String header) {
		return COLUMN_HEADS.get(role).matcher(header).find();
	}

	/** Whether a folded word is a label of any role, never a person's name ("Responsável", "Fecha", "Local"). */
	static boolean label(String word) {
		return ANY.matcher(word).matches();
	}

	/** A line of the minutes' header ("**Local:** Discord", "Fecha: 3 de mayo"), never an item. */
	static boolean headerLine(String text) {
		String line = TextFolding.fold(Markers.stripEmphasis(text.strip())).replaceAll("\\s+", " ").replace("*", "");
		Matcher m = HEADER_LINE.matcher(line);
		return m.matches() && !SectionCues.inline(m.group(1)) && !Narrative.states(m.group(1));
	}

	private static String join(String a, String b) {
		return a.isEmpty() ? b : b.isEmpty() ? a : a + "|" + b;
	}
}
