package org.puente.accounts;

import java.util.List;

/**
 * A capability's pages that the anonymous public may read (GET only). Each capability declares its own, so the
 * security rules grow with the capabilities instead of living in one list that nobody owns. Anything not declared
 * needs an account; what is inside a public page (e.g. confidential documents) is filtered by its capability.
 */
public interface PublicPaths {

	List<String> patterns();
}
