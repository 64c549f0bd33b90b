package org.puente.minutes;

import java.util.regex.Pattern;

/**
 * The lines of minutes that record a vote, in es/en/pt/fr: a motion told by who moved it or by the body that voted, and
 * the outcome of a vote or a validation on its own line (folded text; {@link SectionCues#inline} asks them).
 */
final class VoteLines {

	/**
	 * The outcome of a vote or a validation told on its own line, after the point it settles, where association
	 * minutes record the decision (the corpus labels that line): "Résultats : 1 abstention / 7 POUR", "D’accord 89% /
	 * 16 votes", "Candidature de X en remplacement de Y : validé", "Inscription validée au Salon des Associations",
	 * "GitHub adopté comme centre névralgique", "Sujet retenu (doit tenir en 4 pages)", "Le règlement a été voté à l'unanimité"; es/pt/en alike ("Resultado:
	 * 7 a favor", "Propuesta: aprobada", "Budget: approved"). A bare "Adopté." stays the vote on the motion above
	 * ({@link SectionCues#approval}).
	 */
	static final Pattern OUTCOME = Pattern.compile("^(?:resultats?|resultados?|results?)\\s*:\\s*[^.]{0,40}\\d"
			+ "|^(?:d['’]accord|de\\s+acuerdo|de\\s+acordo|agreed?)\\s*:?\\s*\\d{1,3}\\s*%"
			+ "|^[^.:]{3,80}:\\s*(?:validee?s?|adoptee?s?|approuvee?s?|acceptee?s?|retenue?s?|aprobad[oa]s?|aprovad[oa]s?"
			+ "|approved|adopted|accepted)\\s*(?:$|[.,;(\\\\])"
			+ "|^(?:[\\p{L}'’-]+\\s+){0,2}[\\p{L}'’-]+\\s+(?:validee?s?|adoptee?s?|approuvee?s?|retenue?s?)(?:\\s+(?:au|aux|a|comme"
			+ "|pour)\\s|\\s*(?:[(,.;]|$))"
			+ "|^[^.]{0,80}\\b(?:adoptee?s?|approuvee?s?|validee?s?|votee?s?|aprobad[oa]s?|aprovad[oa]s?|approved|adopted"
			+ "|carried|elue?s?)\\s+(?:[^.]{0,40}?\\s)?(?:a\\s+l['’]unanimite|por\\s+unanimidad|por\\s+unanimidade|unanimously"
			// or by a majority: "Le versement du résultat … est donc approuvé à la majorité", "Ils sont donc élus … à la
			// majorité" (aa); "aprobado por mayoría"
			+ "|a\\s+la\\s+majorite|por\\s+(?:mayoria|maioria)|by\\s+(?:a\\s+)?majority)");

	/**
	 * A motion or a vote told by who moved it or by the body that voted, where board and association minutes record the
	 * decision (the corpus labels the line): "Peter moved that President's report be adopted and Rod agreed", "Seth
	 * moved for $300 for the Technical Committee", "Motion: That BSC accept and use a chess.com account", "Motion to
	 * approve the Treasurer's Report", "The PLC voted to approve maintainer grant requests", "The Governing Body approved
	 * the holding of …", "Andrew Inglis is confirmed as Secretary (unanimous vote)". Not "moved to the CSPS" (a person's
	 * move), nor a motion to adjourn (procedural).
	 */
	static final Pattern MOTION = Pattern.compile("^(?:[\\p{L}\\d.'’-]+\\s+){1,3}(?:so\\s+)?moved\\s+(?:that"
			+ "|to\\s+(?!(?:the|a|an|his|her|their|our|its|adjourn)\\b)\\p{L}{3,}|for\\s|the\\s|adoption|approval)"
			+ "|^motion\\s*(?::\\s*)?(?:that|to)\\s+(?![^.]{0,60}\\badjourn)"
			// "Motion: postpone until after ED is hired. Seconded. Passed.", "Motion by Dick Dillon, second by …", "Janet
			// Keough made a motion to …", "Thomas Schmidt set motion to accept …" (aj, ae, ak, ao)
			+ "|^motion\\s*:\\s*(?![^.]{0,60}\\badjourn|[^.]*\\?)\\p{L}|^motion\\s+by\\s+[^.;]{0,60}?\\bto\\s+(?!adjourn)"
			+ "|^(?:[\\p{L}\\d.'’-]+\\s+){1,4}(?:made|set|offered)\\s+(?:a\\s+|the\\s+)?motion\\s+(?:to|that|for)\\s+(?!adjourn)"
			+ "|^(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}(?:body|plc|bod|council|board|committee|senate|assembly|association"
			+ "|panel|commission|trustees|directors|members|participants|audience|tsc|group)\\s+(?:also\\s+|then\\s+"
			+ "|unanimously\\s+)?(?:voted\\s+(?:to|that|for|in\\s+favou?r)|approved|adopted|endorsed|ratified|agreed\\s+to)\\b"
			+ "|\\(unanimous(?:ly)?(?:\\s+vote)?\\)\\s*\\.?$");

	private VoteLines() {
	}
}
