package org.puente.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the real servlet container answers, which MockMvc cannot show: oversized forms and uploads, NUL bytes,
 * {@code /error} itself, unknown addresses, and a TLS proxy's forwarded headers. Every answer is Puente's own page or
 * problem report in the person's language with an honest status — never Tomcat's bare page, never a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ServerLimitsTests {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10)).build();

	HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(120));
	}

	static String basic(String name) {
		return "Basic " + Base64.getEncoder().encodeToString((name + ":puente-demo-2017").getBytes(StandardCharsets.UTF_8));
	}

	HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	static void isPuentePage(HttpResponse<String> response) {
		assertThat(response.body()).contains("Puente").doesNotContain("Apache Tomcat").doesNotContain("HTTP Status");
	}

	/** Sends {@code request} again with these {@code Accept} and {@code Accept-Language}. */
	HttpResponse<String> send(HttpRequest request, String accept, String language)
			throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(request, (name, value) -> true).header("Accept", accept)
			.header("Accept-Language", language).build());
	}

	/** The answer is a problem report of this status, no redirect; its body, for the sentences. */
	static org.assertj.core.api.AbstractStringAssert<?> isProblemReport(HttpResponse<String> response, String what,
			int status) {
		assertThat(response.statusCode()).as(what).isEqualTo(status);
		assertThat(response.headers().firstValue("Location")).as(what).isEmpty();
		assertThat(response.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		return assertThat(response.body()).as(what).contains("\"status\":" + status);
	}

	@Test
	void aFormOverTwoMegabytesIsA413PageInThePersonsLanguage() throws Exception {
		String form = "titleEs=" + "a".repeat(3_000_000) + "&kind=WORKING_MEETING";
		HttpResponse<String> spanish = send(request("/meetings").header("Authorization", basic("st-crm"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		assertThat(spanish.statusCode()).isEqualTo(413);
		isPuentePage(spanish);
		assertThat(spanish.body()).contains("El formulario enviado supera el tamaño máximo");
		HttpResponse<String> english = send(request("/meetings").header("Authorization", basic("st-crm"))
			.header("Accept-Language", "en").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)).build());
		assertThat(english.statusCode()).isEqualTo(413);
		assertThat(english.body()).contains("The form sent is larger than Puente accepts");
	}

	@Test
	void aFormWithoutACharsetIsStillReadAsUtf8() throws Exception {
		// browsers send forms without a charset; reading parameters early must not decode them as ISO-8859-1
		String form = "titleEs=" + java.net.URLEncoder.encode("Reunión en Panamá sobre niñez", StandardCharsets.UTF_8)
				+ "&kind=WORKING_MEETING&precision=DAYS&startDate=2027-08-10&status=TENTATIVE&visibility=PUBLIC"
				+ "&processes=CRM";
		HttpResponse<String> saved = send(request("/meetings").header("Authorization", basic("st-crm"))
			.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
		assertThat(saved.statusCode()).isEqualTo(302);
		String meeting = saved.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
		assertThat(send(request(meeting).GET().build()).body()).contains("Reunión en Panamá sobre niñez");
	}

	@Test
	void aSixtyMegabyteUploadIsA413Page() throws Exception {
		String boundary = "puente-boundary";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"titleEs\"\r\n\r\nGrande\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"grande.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + 60 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpResponse<String> response = send(request("/documents").header("Authorization", basic("st-crm"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Referer", "http://localhost:" + port + "/documents/new")
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
		assertThat(response.statusCode()).isEqualTo(413);
		isPuentePage(response);
		// the page says the limit and what to do, and leads back to the form, not only home
		assertThat(response.body()).contains("El archivo supera el límite de 50 MB que acepta Puente")
			.contains("Elija un archivo más pequeño")
			.contains("<a href=\"/documents/new\" data-history-back>Volver al formulario</a>");
	}

	@Test
	void aNulByteIsABadRequest() throws Exception {
		HttpResponse<String> response = send(request("/search?q=acta%00").GET().build());
		assertThat(response.statusCode()).isEqualTo(400);
		isPuentePage(response);
	}

	@Test
	void theErrorAddressItselfIsA404LikeAnyUnknownAddress() throws Exception {
		for (String path : new String[] { "/error", "/nonexistent", "/.git/config", "/admin/nonexistent" }) {
			HttpResponse<String> response = send(request(path).GET().build());
			assertThat(response.statusCode()).as(path).isEqualTo(404);
			assertThat(response.headers().firstValue("Location")).as(path).isEmpty();
			isPuentePage(response);
			assertThat(response.body()).contains("Página no encontrada");
		}
		HttpResponse<String> api = send(request("/api/v1/nonexistent").header("Accept-Language", "pt").GET().build());
		assertThat(api.statusCode()).isEqualTo(404);
		assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(api.body()).contains("\"status\":404").contains("Recurso não encontrado");
		// a script asking for JSON, signed in or not, reading or posting: a 404 problem report, never a page or a
		// redirect to sign in
		for (HttpRequest script : new HttpRequest[] { request("/api/nonexistent").GET().build(),
				request("/api/v1/nonexistent").header("Authorization", basic("st-crm")).GET().build(),
				request("/api/v1/experts/nonexistent/entry").header("Authorization", basic("st-crm")).GET().build(),
				request("/api/v1/nonexistent").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
				request("/api/v1/nonexistent").header("Authorization", basic("st-crm"))
					.POST(HttpRequest.BodyPublishers.ofString("{}")).build() }) {
			isProblemReport(send(script, "application/json", "en"), script.method() + " " + script.uri().getPath(), 404)
				.contains("Resource not found");
		}
	}

	/**
	 * A script that asks for JSON without signing in hears 401 as a problem report, on the API and on a page's
	 * address; a browser is still sent to sign in.
	 */
	@Test
	void aScriptWithoutAnAccountGetsA401ProblemReportNeverTheSignInPage() throws Exception {
		for (String path : new String[] { "/api/v1/directory/people", "/experts/import" }) {
			isProblemReport(send(request(path).GET().build(), "application/json", "en"), path, 401)
				.contains("Sign-in required");
		}
		HttpResponse<String> browser = send(request("/experts/import").header("Accept", "text/html").GET().build());
		assertThat(browser.statusCode()).isEqualTo(302);
		assertThat(browser.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
	}

	/**
	 * A script that asks for JSON and is signed in but not allowed hears 403 as a problem report — a rule on the
	 * address (administration), a rule on the method (a meeting's change) or a post without its CSRF token alike —
	 * and an unknown address is a 404 for a signed-in browser too, never a redirect.
	 */
	@Test
	void aScriptNotAllowedGetsA403ProblemReportAndAnUnknownAddressIsA404ForEveryone() throws Exception {
		for (HttpRequest script : new HttpRequest[] {
				request("/admin/accounts").header("Authorization", basic("fp-panama")).GET().build(),
				request("/meetings").header("Authorization", basic("fp-panama"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString("titleEs=Nueva")).build() }) {
			isProblemReport(send(script, "application/json", "fr"), script.method() + " " + script.uri().getPath(), 403)
				.contains("\"code\":\"error.403.message\"").contains("Accès refusé");
		}
		// a post without its CSRF token (a page left open until its session ended) is told so, not as a lack of rights
		HttpRequest stale = request("/meetings").header("Cookie", "SESSION=c2Vzc2lvbg")
			.header("Authorization", basic("st-crm")).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("titleEs=Nueva")).build();
		isProblemReport(send(stale, "application/json", "fr"), "POST /meetings without its token", 403)
			.contains("\"code\":\"error.403.staleForm\"").contains("rechargez la page");
		HttpResponse<String> page = send(stale, "text/html", "es");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Copie lo que escribió").doesNotContain("no tiene permiso");
		for (HttpRequest browser : new HttpRequest[] {
				request("/nonexistent").header("Authorization", basic("st-crm")).GET().build(),
				request("/admin/nonexistent").header("Authorization", basic("fp-panama")).GET().build(),
				request("/nonexistent").POST(HttpRequest.BodyPublishers.ofString("a=b")).build() }) {
			HttpResponse<String> response = send(browser, "text/html", "es");
			String what = browser.method() + " " + browser.uri().getPath();
			assertThat(response.statusCode()).as(what).isEqualTo(404);
			assertThat(response.headers().firstValue("Location")).as(what).isEmpty();
			isPuentePage(response);
		}
	}

	@Test
	void behindATlsProxyCookiesAreSecureRedirectsStayOnHttpsAndHstsIsSent() throws Exception {
		HttpResponse<String> response = send(request("/meetings/new").header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-For", "203.0.113.50").GET().build());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).startsWith("https://"));
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
		assertThat(response.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
			.allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
		HttpResponse<String> plain = send(request("/meetings/new").GET().build());
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}
}
