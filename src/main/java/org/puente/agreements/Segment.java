package org.puente.agreements;

import org.jspecify.annotations.Nullable;

/** One agreement as cut out of the minutes, before its parties and dates are read. */
record Segment(String number, @Nullable String theme, String text) {
}
