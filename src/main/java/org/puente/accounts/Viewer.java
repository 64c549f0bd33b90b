package org.puente.accounts;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the shared layout asks on every page about the person reading it ({@code ${@viewer.signedIn()}},
 * {@code ${@viewer.staff}}), answered from the security context. Spring Security's
 * {@code sec:authorize} parses and evaluates a security expression in a new evaluation context at each use: the
 * layout's seven of them were about 7 % of the CPU of a signed-in page (docs/performance.md, fourth round). Same
 * answers: signed in means authenticated and not anonymous; roles are the {@code ROLE_} authorities.
 */
@Component("viewer")
public class Viewer {

	public boolean signedIn() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
	}

	public boolean hasAnyRole(String... roles) {
		if (!signedIn()) {
			return false;
		}
		for (GrantedAuthority authority : SecurityContextHolder.getContext().getAuthentication().getAuthorities()) {
			for (String role : roles) {
				if (Role.valueOf(role).authority().equals(authority.getAuthority())) {
					return true;
				}
			}
		}
		return false;
	}

	/** An administrator or a secretariat: who keeps the shared records (directory, glossary, consultations). */
	public boolean isStaff() {
		return hasAnyRole("ADMIN", "SECRETARIAT");
	}

	/** Staff or a country's focal point: who takes part in consultations and reviews. */
	public boolean isMember() {
		return hasAnyRole("ADMIN", "SECRETARIAT", "FOCAL_POINT");
	}

	public boolean isAdmin() {
		return hasAnyRole("ADMIN");
	}

	public boolean isFocalPoint() {
		return hasAnyRole("FOCAL_POINT");
	}

	/** An observer (IOM, OAS, UNHCR…): reads what is public and what is reserved to the conferences; changes nothing. */
	public boolean isObserver() {
		return hasAnyRole("OBSERVER");
	}
}
