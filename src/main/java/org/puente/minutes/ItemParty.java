package org.puente.minutes;

/**
 * An actor of the directory named in an item of minutes.
 *
 * @param id directory id such as {@code role:PPT-CRM}
 * @param label its name in the language of the minutes
 */
public record ItemParty(String id, String label) {
}
