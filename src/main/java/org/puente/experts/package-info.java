/**
 * Experts the two conferences propose as speakers: a roster with each expert's consent to be listed and shared
 * with the United Nations, nomination rounds with a quota per thematic session and conference and a deadline
 * (member states propose, each conference agrees, both pro tempore presidencies approve the joint list), balance
 * indicators while choosing, and the joint letter to the UN Secretariat from a template the secretariats edit.
 */
@org.jspecify.annotations.NullMarked
package org.puente.experts;
