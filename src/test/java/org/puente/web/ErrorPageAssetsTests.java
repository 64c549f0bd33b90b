package org.puente.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages (403 after Spring Security refuses, 404, 405) are rendered in the container's error dispatch: they link
 * the same fingerprinted style sheet and scripts as every other page, so a reader on a slow link gets them from the
 * cache (walk 8 #8: 6 requests and 28 kB for each 403 page). An unversioned address still answers, but is never kept
 * a year as immutable: after a release it would be a stale style sheet.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPageAssetsTests {

	private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|img|webjars)/[^\"]+)\"");

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10)).build();

	HttpResponse<String> get(String path, String user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(120)).header("Accept", "text/html").header("Accept-Language", "fr");
		if (user != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":puente-demo-2017").getBytes(StandardCharsets.UTF_8)));
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static List<String> assets(String page) {
		List<String> found = new ArrayList<>();
		Matcher m = ASSET.matcher(page);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	@Test
	void errorPagesLinkTheSameFingerprintedAssetsAsAnyOtherPage() throws Exception {
		List<String> ordinary = assets(get("/portal", null).body());
		assertThat(ordinary).anySatisfy(a -> assertThat(a).matches("/css/puente-[0-9a-f]{32}\\.css"));
		HttpResponse<String> forbidden = get("/consultations", "observer-oim");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(assets(forbidden.body())).as("the 403 page's assets").containsExactlyElementsOf(ordinary);
		HttpResponse<String> refusedByTheUrlRules = get("/documents/new", "fp-panama");
		assertThat(refusedByTheUrlRules.statusCode()).isEqualTo(403);
		assertThat(assets(refusedByTheUrlRules.body())).as("a 403 of the error dispatch").containsExactlyElementsOf(ordinary);
		HttpResponse<String> unknown = get("/no-such-page", null);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(assets(unknown.body())).as("the 404 page's assets").containsExactlyElementsOf(ordinary);
	}

	@Test
	void anUnversionedAddressIsNotKeptAYear() throws Exception {
		String fingerprinted = assets(get("/portal", null).body()).stream().filter(a -> a.startsWith("/css/"))
			.findFirst().orElseThrow();
		assertThat(get(fingerprinted, null).headers().firstValue("Cache-Control")).hasValueSatisfying(
				c -> assertThat(c).contains("max-age=31536000").contains("immutable"));
		HttpResponse<String> plain = get("/css/puente.css", null);
		assertThat(plain.statusCode()).isEqualTo(200);
		assertThat(plain.headers().firstValue("Cache-Control")).hasValueSatisfying(
				c -> assertThat(c).doesNotContain("immutable").doesNotContain("31536000"));
		// the webjars likewise: the versioned address a year, the plain one (the newest version) ten minutes
		String htmx = assets(get("/portal", null).body()).stream().filter(a -> a.startsWith("/webjars/htmx.org/"))
			.findFirst().orElseThrow();
		assertThat(htmx).matches("/webjars/htmx\\.org/\\d[^/]*/.+");
		assertThat(get(htmx, null).headers().firstValue("Cache-Control")).hasValueSatisfying(
				c -> assertThat(c).contains("max-age=31536000").contains("immutable"));
		HttpResponse<String> plainHtmx = get(htmx.replaceFirst("/webjars/htmx\\.org/[^/]+/", "/webjars/htmx.org/"), null);
		assertThat(plainHtmx.statusCode()).isEqualTo(200);
		assertThat(plainHtmx.headers().firstValue("Cache-Control")).hasValueSatisfying(
				c -> assertThat(c).contains("max-age=600").doesNotContain("immutable"));
	}
}
