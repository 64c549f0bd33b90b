/** Who is who in the two conferences: member states, organisations, secretariats, presidencies and the names they go by. */
@NullMarked
package org.puente.directory;

import org.jspecify.annotations.NullMarked;
