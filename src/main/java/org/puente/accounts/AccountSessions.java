package org.puente.accounts;

import java.util.Map;

import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Ends an account's sessions on every node: Spring Session keeps them in PostgreSQL, indexed by the principal's name
 * (the username, for a password sign-in and an OIDC one alike). A changed or reset password, and an account an
 * administrator disabled or gave a new password, must not leave a stolen session signed in (walk 9).
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends every session of {@code username} but the one of the request being answered: a person who changes their
	 * own password stays signed in where they did it, an administrator who changes someone else's stays signed in.
	 */
	int endOthers(String username) {
		HttpSession current = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
				? request.getRequest().getSession(false) : null;
		return end(username, current == null ? null : current.getId());
	}

	/** Ends every session of {@code username} but {@code keep} (the one making the change; null ends them all). */
	int end(String username, @Nullable String keep) {
		Map<String, ? extends Session> found = sessions.findByPrincipalName(username);
		int ended = 0;
		for (String id : found.keySet()) {
			if (!id.equals(keep)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}
}
