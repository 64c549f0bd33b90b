/** The audit trail: who changed what and when, with the state before and after. */
@org.jspecify.annotations.NullMarked
package org.puente.audit;
