package org.puente.accounts;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.puente.PuenteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Walks every page and API endpoint that answers GET without path variables, as the anonymous public and as each
 * role, and checks it against the access policy below. A new endpoint that the policy does not cover fails the
 * test, so every capability must say who may read it.
 */
@PuenteTest
class AccessRulesTests {

	/**
	 * Who may GET what, one file per capability under {@code src/test/resources/access-policy/} (columns
	 * {@code pattern,roles}; roles space-separated, {@code public} = everyone including anonymous visitors). The most
	 * specific matching pattern wins.
	 */
	static Map<String, Set<String>> policy() throws IOException {
		Map<String, Set<String>> policy = new LinkedHashMap<>();
		var files = new PathMatchingResourcePatternResolver().getResources("classpath:access-policy/*.csv");
		for (var file : files) {
			try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
				for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
					policy.put(row.get("pattern"), Set.of(row.get("roles").split(" ")));
				}
			}
		}
		return policy;
	}

	static final List<String> ROLES = List.of("ADMIN", "SECRETARIAT", "FOCAL_POINT", "OBSERVER");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void everyEndpointAnswersEachRoleAsThePolicySays() throws Exception {
		AntPathMatcher matcher = new AntPathMatcher();
		Map<String, Set<String>> policy = policy();
		List<String> problems = new ArrayList<>();
		for (String path : plainGetPaths()) {
			Set<String> allowed = policy.keySet()
				.stream()
				.filter(pattern -> matcher.match(pattern, path))
				.min(matcher.getPatternComparator(path))
				.map(policy::get)
				.orElse(null);
			if (allowed == null) {
				problems.add(path + " is not covered by the access policy");
				continue;
			}
			int anonymous = mvc.perform(get(path)).andReturn().getResponse().getStatus();
			if (allowed.contains("public") ? anonymous >= 500 || anonymous == 401 || anonymous == 403
					: anonymous != 302 && anonymous != 401) {
				problems.add("anonymous GET " + path + " → " + anonymous);
			}
			for (String role : ROLES) {
				int status = mvc.perform(get(path).with(as(role))).andReturn().getResponse().getStatus();
				boolean mayRead = allowed.contains("public") || allowed.contains(role);
				// a reader may still get 400 (a required parameter is missing) or 404, never 401, 403 or 5xx
				if (mayRead ? status == 401 || status == 403 || status >= 500 : status != 403) {
					problems.add(role + " GET " + path + " → " + status + (mayRead ? " (should read)" : " (should be 403)"));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/** Signs in as the demo account of a role (see demo/accounts.csv). */
	RequestPostProcessor as(String role) {
		String username = switch (role) {
			case "ADMIN" -> "admin";
			case "SECRETARIAT" -> "st-crm";
			case "FOCAL_POINT" -> "fp-panama";
			default -> "observer-oim";
		};
		return user(users.loadUserByUsername(username));
	}

	private List<String> plainGetPaths() {
		List<String> paths = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			boolean isGet = info.getMethodsCondition().getMethods().isEmpty()
					|| info.getMethodsCondition().getMethods().contains(org.springframework.web.bind.annotation.RequestMethod.GET);
			if (!isGet) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				if (!pattern.contains("{") && !pattern.contains("*")) {
					paths.add(pattern);
				}
			}
		}
		paths.removeIf("/error"::equals); // only meaningful when forwarded with an error
		assertThat(paths).as("the walk found the application's pages").contains("/", "/directory");
		return paths.stream().distinct().sorted().toList();
	}

}
