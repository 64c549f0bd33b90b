/** Where the data lives: an embedded PostgreSQL by default, an external one when configured. */
@org.jspecify.annotations.NullMarked
package org.puente.database;
