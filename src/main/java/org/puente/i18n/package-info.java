/** The four working languages: which one a page is shown in, and how a person chooses it. */
@org.jspecify.annotations.NullMarked
package org.puente.i18n;
