package org.puente.agreements;

/**
 * An actor of the directory named in an agreement.
 *
 * @param id directory id such as {@code role:PPT-CRM}
 * @param label its name in the language of the minutes
 */
public record PartyReference(String id, String label) {
}
