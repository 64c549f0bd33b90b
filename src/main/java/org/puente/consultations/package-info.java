/**
 * Consultations a secretariat sends to the member states of one or both conferences, the answers each country's
 * focal points write (saved as they type) and submit, reminders, and the compiled answers as CSV, XLSX and PDF.
 */
@org.jspecify.annotations.NullMarked
package org.puente.consultations;
