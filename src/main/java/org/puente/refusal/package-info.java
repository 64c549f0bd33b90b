/**
 * Refusals: a request understood but refused by a rule of the domain (a transition not allowed now, a duplicate, a
 * late answer, something that does not exist). Each carries what kind of refusal it is and the bundle key of the
 * sentence to show; the web layer alone decides which HTTP status a kind is answered with.
 */
@org.jspecify.annotations.NullMarked
package org.puente.refusal;
