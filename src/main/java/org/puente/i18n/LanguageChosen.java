package org.puente.i18n;

/** A signed-in person picked a language; the accounts capability remembers it for their next visit. */
public record LanguageChosen(String username, Language language) {
}
