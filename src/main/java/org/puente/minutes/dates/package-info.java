/** Reading the dates of minutes: date expressions in es/en/pt/fr resolved to days against the meeting date. */
@NullMarked
package org.puente.minutes.dates;

import org.jspecify.annotations.NullMarked;
