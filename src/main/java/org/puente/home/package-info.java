/** Each person's home after signing in: what their role has to do now, gathered from every capability. */
@org.jspecify.annotations.NullMarked
package org.puente.home;
