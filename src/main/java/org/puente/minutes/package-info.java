/**
 * Reading minutes: text → structure → items → parties → dates. {@link org.puente.minutes.MinutesReading} is the one
 * public service; the register of agreements calls it and keeps review and tracking to itself.
 */
@NullMarked
package org.puente.minutes;

import org.jspecify.annotations.NullMarked;
