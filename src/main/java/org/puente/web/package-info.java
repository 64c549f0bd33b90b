/** What every page shares: the layout's model, and errors turned into a translated page or problem report. */
@org.jspecify.annotations.NullMarked
package org.puente.web;
