package org.puente;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** What the MockMvc tests share: the application's MockMvc, and a request made as one of the demo accounts. */
public abstract class WebTestSupport {

	@Autowired
	protected MockMvc mvc;

	@Autowired
	protected UserDetailsService users;

	protected RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}
}
