package org.puente.documents;

/** What a document is, in the conferences' words (acta, minuta, insumo bi-regional…). */
public enum DocumentKind {
	FINAL_ACT, MINUTES, DECLARATION, BIREGIONAL_INPUT, QUESTIONNAIRE, REPORT, PRESENTATION, GOOD_PRACTICES, OTHER
}
