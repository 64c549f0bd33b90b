package org.puente.glossary;

/**
 * Where a shared definition stands: proposed, agreed by one conference (CRM or CSM), agreed by both, adopted at a
 * meeting. Each conference agrees on its own; adoption needs both.
 */
enum BiregionalStatus {
	PROPOSED, AGREED_CRM, AGREED_CSM, AGREED_BOTH, ADOPTED
}
