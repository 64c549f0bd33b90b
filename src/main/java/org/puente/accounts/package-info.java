/** Accounts, roles and sign-in: who may read and change what in Puente. */
@org.jspecify.annotations.NullMarked
package org.puente.accounts;
