/**
 * The data files shipped inside the application (reference lists, demo data, letter and minutes texts), read from
 * the classpath by the capabilities that load them.
 */
@org.jspecify.annotations.NullMarked
package org.puente.seeds;
