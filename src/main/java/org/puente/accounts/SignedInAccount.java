package org.puente.accounts;

import java.util.UUID;

/** A principal that belongs to a Puente account, however the person signed in (form, HTTP Basic or OIDC). */
interface SignedInAccount {

	UUID accountId();
}
