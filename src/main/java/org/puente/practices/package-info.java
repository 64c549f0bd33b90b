/**
 * Good practices: the catalogue of the countries' practices (each saying why it is a good practice and how it
 * contributes to the Global Compact), submitted by focal points, reviewed by a secretariat and published once
 * accepted; the joint prioritisation of each thematic session's practices by the countries of both conferences
 * (Borda count, with the spread between the two regions); the compiled document; and similar practices across the
 * two regions.
 */
@org.jspecify.annotations.NullMarked
package org.puente.practices;
