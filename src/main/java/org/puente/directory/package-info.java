/**
 * The directory: the two conferences, their member states, organisations and bodies, the people who work in them,
 * the roles that change over time (PPT, troika seats, focal points) and the gazetteer of how they are written.
 */
@org.jspecify.annotations.NullMarked
package org.puente.directory;
