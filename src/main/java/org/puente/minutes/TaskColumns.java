package org.puente.minutes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.puente.i18n.TextFolding;

/**
 * The columns of a task table, told by their header in es/en/pt/fr: what is to be done, who does it, by when, its
 * status. A row becomes an item with its party and its date, each read through its column.
 */
record TaskColumns(int task, int responsible, int deadline, int status) {

	private static final Pattern TASK = Pattern.compile("^(?:what|task|tasks|action|actions|action\\s+items?|activity"
			+ "|activities|item|description|descripcion|descricao|deliverable|entregable|tarea|tareas|tarefa|tarefas"
			+ "|actividad|actividades|atividade|atividades|accion|acciones|acao|acoes|acuerdo|acuerdos|acordo|acordos"
			+ "|decision|decisions|decisiones|decisao|decisoes|compromiso|compromisos|compromisso|encaminhamento"
			+ "|encaminhamentos|tache|taches|quoi|sujet|que|o\\s+que|historia|historias|story|pendiente|pendientes)\\b");
	private static final Pattern RESPONSIBLE = Pattern.compile("^(?:who|owner|owners|responsible|responsibles"
			+ "|assignee|assigned|assigned\\s+to|lead|responsable|responsables|responsavel|responsaveis|encargado"
			+ "|executor|executor\\s+responsavel|executores|quien|quem|qui|porteur|pilote|person|persona|pareamento)\\b");
	private static final Pattern DEADLINE = Pattern.compile("^(?:when|due|due\\s+date|deadline|date|by\\s+when"
			+ "|target\\s+date|fecha|fecha\\s+limite|plazo|cuando|data|data\\s+limite|prazo|quando|echeance|date\\s+limite"
			+ "|delai|quand|pour\\s+quand|eta|timeline|timeframe|target|vence|vencimiento|vencimento|limite|termino|horizon"
			+ "|cronograma|calendrier|periodo|ate\\s+quando|hasta\\s+cuando|jusqu'?a\\s+quand)\\b");
	private static final Pattern STATUS = Pattern.compile("^(?:status|state|estado|situacion|situacao|statut|etat"
			+ "|avance|progress)\\b");

	/** The columns of a header, or null when no column says what is to be done and none who or by when. */
	static @Nullable TaskColumns of(List<String> header) {
		int task = -1;
		int responsible = -1;
		int deadline = -1;
		int status = -1;
		for (int c = 0; c < header.size(); c++) {
			String name = TextFolding.fold(header.get(c).replaceAll("[*_`]", "")).strip();
			if (task < 0 && TASK.matcher(name).find()) {
				task = c;
			}
			else if (responsible < 0 && RESPONSIBLE.matcher(name).find()) {
				responsible = c;
			}
			else if (deadline < 0 && DEADLINE.matcher(name).find()) {
				deadline = c;
			}
			else if (status < 0 && STATUS.matcher(name).find()) {
				status = c;
			}
		}
		if (task < 0 && (responsible < 0 || deadline < 0)) {
			return null;
		}
		if (task < 0) {
			task = firstOther(header.size(), responsible, deadline, status);
		}
		return task < 0 ? null : new TaskColumns(task, responsible, deadline, status);
	}

	/** A row as an item: the task's words, the responsible cell as its owners, the deadline cell as its date. */
	@Nullable Segment row(String number, @Nullable String theme, List<String> cells) {
		String what = cell(cells, task);
		if (what.isBlank() || what.matches("[-–—\\s]*")) {
			return null;
		}
		List<String> owners = new ArrayList<>();
		for (String owner : cell(cells, responsible).split("\\s*(?:,|;|/|&|\\by\\b|\\band\\b|\\be\\b|\\bet\\b)\\s*")) {
			if (!owner.isBlank() && !owner.matches("[-–—?]+")) {
				owners.add(owner.strip());
			}
		}
		String due = cell(cells, deadline);
		return new Segment(number, theme, text(cells), owners, due.isBlank() ? List.of() : List.of(due));
	}

	/**
	 * The row's words: its cells in their order, the task first when a mere number or topic comes before it would not
	 * say what is done ("Topic | Decision" keeps the topic, "# | Task" drops the number).
	 */
	private String text(List<String> cells) {
		StringBuilder text = new StringBuilder();
		for (int c = 0; c < cells.size(); c++) {
			String value = cell(cells, c);
			if (value.isBlank() || value.matches("[-–—]+|\\d{1,3}[.)]?") || c == status) {
				continue;
			}
			text.append(text.length() == 0 ? "" : " | ").append(value);
		}
		return text.toString();
	}

	private static String cell(List<String> cells, int column) {
		return column >= 0 && column < cells.size() ? cells.get(column).replaceAll("<br\\s*/?>", " ").strip() : "";
	}

	private static int firstOther(int size, int... taken) {
		for (int c = 0; c < size; c++) {
			final int column = c;
			if (java.util.Arrays.stream(taken).noneMatch(t -> t == column)) {
				return c;
			}
		}
		return -1;
	}
}
