package org.puente.minutes;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tasks told in the future, for {@link Narrative}: a named person's ("Thomas will send", "Facundo enviará", "Chris
 * rédigera", "Marc va regarder"), the group's ("We will publish", "Nous allons", "Vamos a", "El equipo se encarga
 * de") and the ones named in the plural ("Les développeurs vont commencer", "Los alumnos van a preparar").
 */
final class Futures {

	/** A named person's task: "Thomas will send", "Facundo enviará", "Chris/Hello rédigera", "Marc va regarder". */
	private static final Pattern OWNER_FUTURE = Pattern.compile("(?:^|[,;:]\\s*|\\s[–—]\\s*|&nbsp;:\\s*|\\band\\s+|\\bet\\s+|\\by\\s+|\\be\\s+)"
			+ "(?!(?:It|This|That|There|Which|What|Who|Ce|Cela|Esto|Eso|Isso|Que|Qui|Quien|Quem|Il\\s+y|Se|La|Las|Una|Un|El"
			+ "|Los|Lo|A|As|O|Os|Uma|Um|Le|Les|Une|Des|Cette|Esta|Este|Essa|Esse|Sua|Su|Sus|Mi|Nuestra|Nossa|Cada|Toda"
			+ "|Todo|Otra|Outra|Autre|Toute)\\b)"
			+ "(?:[\\p{Lu}][\\p{L}'./\\-]*(?:\\s+[\\p{Lu}][\\p{L}'./\\-]*){0,2}|[Hh]e|[Ss]he|[Ii]l|[Ee]lle|[Ee]le|[Ee]la)"
			+ "(?:\\s+(?:also|aussi|tambien|também|le|la|les|l'|lo|los|se|lui|leur))?\\s+"
			+ "(?:(?:will|va|vai|vont|is\\s+going\\s+to|irá|ira)\\s+(?!(?:be|être|ser|see|discuss|talk|think|wait|revisit)\\b)\\p{L}{3,}"
			+ "|\\p{Ll}+(?:erá|irá|ará|dera|era|ira|dra|tra|eront|iront|dront|tront)\\b)");
	/** A task the group takes on: "We will publish", "Nous allons", "Vamos a", "El equipo se encarga de", "Todos devem". */
	private static final Pattern GROUP_TASK = Pattern.compile("\\b(?:(?:we|the\\s+(?:team|group)|everyone|everybody"
			+ "|all\\s+members|each\\s+member)\\s+(?:will|shall|(?:are|is)\\s+going\\s+to)|we'll)\\s+(?:also\\s+)?"
			+ "(?!(?:be|have|see|need|discuss|talk|think|wait|continue|revisit|come|try|probably|likely|not)\\b)\\p{L}{3,}"
			+ "|\\bnous\\s+(?:allons|(?:nous\\s+)?(?:chargerons|occuperons)|(?!(?:serons|aurons|pourrons|verrons|devrons"
			+ "|discuterons|parlerons|reparlerons|reflechirons)\\b)\\p{L}{2,}(?:erons|irons))\\b"
			+ "|\\b(?:l'equipe|le\\s+groupe|chacun|tout\\s+le\\s+monde)\\s+(?:va|doit|devra|se\\s+charge|s'occupe)\\b"
			+ "|\\bvamos\\s+(?:a\\s+)?(?!(?:hablar|discutir|conversar|pensar|esperar|seguir|continuar|falar|pensar"
			+ "|aguardar|estar|tener|ter)\\b)\\p{L}{2,}(?:ar|er|ir)\\b"
			+ "|\\b(?:el|la)\\s+(?:equipo|grupo|comision|directiva|secretaria)\\s+se\\s+(?:encarga|encargara|ocupa|ocupara)\\s+de"
			+ "|\\b(?:a|o)\\s+(?:equipe|grupo|comissao|diretoria|secretaria)\\s+(?:vai|ira|fica\\s+responsavel|se\\s+encarrega)\\b"
			+ "|\\btodos\\s+(?:devem|deben|debemos|devemos|vao|van\\s+a|tienen\\s+que|tem\\s+que|precisam)\\b"
			+ "|\\bcada\\s+(?:uno|um|uma|una|miembro|membro|integrante)\\s+(?:debe|deve|va\\s+a|vai|se\\s+encarga|fica)\\b");
	/**
	 * The group's task in a Spanish first person plural future: "publicaremos", "enviaremos". Apart from
	 * {@link #GROUP_TASK} and tried only on a text holding "remos": at every word it read the whole word and then gave
	 * back letter by letter looking for the ending, the dearest part of the future tasks (the same answers).
	 */
	private static final Pattern WE_FUTURE = Pattern.compile("\\b(?!(?:estaremos|hablaremos|discutiremos|conversaremos"
			+ "|pensaremos|esperaremos|veremos|estaremos)\\b)\\p{L}{3,}(?:aremos|eremos|iremos)\\b");
	/** What the ones named plan to do, in fr/es/pt: "Les développeurs vont commencer", "Los alumnos van a preparar". */
	private static final Pattern PLURAL_FUTURE = Pattern.compile("\\b(?:les|los|las|os|as)\\s+\\p{L}{4,}s\\s+(?:vont|van\\s+a|vao)"
			+ "\\s+(?!(?:etre|avoir|ser|estar|tener|ter|haber|pouvoir|poder)\\b)\\p{L}{2,}(?:er|ir|re|ar)\\b");
	/** A question, direct or not: "qué datos vamos a incluir", "what we will publish". */
	private static final Pattern QUESTION = Pattern.compile("^(?:\\W*\\[?\\d*\\]?\\W*)(?:que|como|quien|quienes|cuando"
			+ "|donde|cual|cuales|what|how|who|when|where|which|whether|quoi|comment|quand|quel|quelle|o\\s+que|quem|qual"
			+ "|quais|quando|onde)\\b");
	private static final Pattern NOT_A_TASK = Pattern.compile("\\b(?:sera|seront|aura|auront|pourra|pourront|serait|sería|será|estará"
			+ "|tera|terá|haverá|habrá)\\b");

	private Futures() {
	}

	/** {@link #PLURAL_FUTURE}, tried only on a text that holds one of its verbs. */
	private static boolean pluralFuture(String folded) {
		return (folded.contains("vont") || folded.contains("van") || folded.contains("vao"))
				&& PLURAL_FUTURE.matcher(folded).find();
	}

	private static boolean groupTask(String folded) {
		return GROUP_TASK.matcher(folded).find() || folded.contains("remos") && WE_FUTURE.matcher(folded).find();
	}

	/** Whether the sentence (as written, and folded) tells a task someone will do. */
	static boolean told(String plain, String folded) {
		if (pluralFuture(folded) || groupTask(folded) && !QUESTION.matcher(folded).find()) {
			return true;
		}
		Matcher owner = OWNER_FUTURE.matcher(plain);
		return owner.find() && !NOT_A_TASK.matcher(owner.group().toLowerCase(Locale.ROOT)).find();
	}
}
