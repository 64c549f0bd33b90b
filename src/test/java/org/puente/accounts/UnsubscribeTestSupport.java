package org.puente.accounts;

import java.util.UUID;

import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the unsubscribe tests start from: a fresh observer account, its digest switch, and a link's signature. */
abstract class UnsubscribeTestSupport extends WebTestSupport {

	@Autowired
	UnsubscribeLinks links;

	@Autowired
	AccountManagement management;

	@Autowired
	JdbcTemplate jdbc;

	static String signature(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	boolean digest(String name) {
		return Boolean.TRUE.equals(jdbc.queryForObject("select weekly_digest from account where username = ?",
				Boolean.class, name));
	}

	UUID id(String name) {
		return jdbc.queryForObject("select id from account where username = ?", UUID.class, name);
	}

	/** A new observer account, receiving the digest; its name. */
	String account() {
		String name = "baja-" + UUID.randomUUID().toString().substring(0, 8);
		management.save(null, new AccountForm(name, name + "@example.org", "Prueba " + name, Role.OBSERVER, null, null,
				"es", "una-clave-larga-inicial", true, null, null));
		return name;
	}
}
