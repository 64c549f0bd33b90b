/** The public face of Puente: the home page, and (later) the information portal for the public and the press. */
@org.jspecify.annotations.NullMarked
package org.puente.portal;
