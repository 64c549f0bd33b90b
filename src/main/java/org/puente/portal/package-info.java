/**
 * The public face of Puente: the home page, and the information portal for the public and the press (latest public
 * documents, browsing by thematic session and Global Compact objective, the sitemap).
 */
@org.jspecify.annotations.NullMarked
package org.puente.portal;
