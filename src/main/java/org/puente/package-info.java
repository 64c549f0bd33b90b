/** Puente: the bi-regional workspace of the CRM and the CSM. */
@org.jspecify.annotations.NullMarked
package org.puente;
