package org.puente.accounts;

import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.puente.TestMail;
import org.puente.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the tests of a forgotten, changed or reset password share: accounts of their own, their mail, their audit. */
abstract class PasswordTestSupport extends WebTestSupport {

	@RegisterExtension
	static GreenMailExtension greenMail = TestMail.server();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccountManagement management;

	@Autowired
	AccountRepository accounts;

	Cookie signIn(String name, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin().user(name).password(password))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		Cookie session = result.getResponse().getCookie("SESSION");
		assertThat(session).as("session cookie").isNotNull();
		return session;
	}

	MimeMessage mailTo(String name) throws Exception {
		return TestMail.awaitTo(greenMail, name + "@example.org");
	}

	List<String> audit(String name) {
		return jdbc.queryForList("select summary from audit_entry where entity_type = 'account' and entity_id = ? "
				+ "order by id", String.class, id(name).toString());
	}

	UUID id(String name) {
		return jdbc.queryForObject("select id from account where username = ?", UUID.class, name);
	}

	/** A new account of its own, so that no other test's demo account changes password. */
	String account(String language) {
		String name = "olvido-" + UUID.randomUUID().toString().substring(0, 8);
		management.save(null, form(name, language, "una-clave-larga-inicial", true, null));
		return name;
	}

	static AccountForm form(String name, String language, String password, boolean enabled, Long version) {
		return new AccountForm(name, name + "@example.org", "Prueba " + name, Role.OBSERVER, null, null, language,
				password, enabled, version, null);
	}

}
