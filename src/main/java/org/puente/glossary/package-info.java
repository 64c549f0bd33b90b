/**
 * The bi-regional glossary: terms in four languages, each country's definitions, the shared definition from
 * proposal to adoption, the coincidence analysis between countries, and the exports (SKOS, TBX, CSV).
 */
@org.jspecify.annotations.NullMarked
package org.puente.glossary;
