/** Agreements taken in the minutes of CRM and CSM meetings: who must do what by when. */
@NullMarked
package org.puente.agreements;

import org.jspecify.annotations.NullMarked;
