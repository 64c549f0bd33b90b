package org.puente.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.tomcat.util.http.MimeHeaders;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/**
 * Kept public pages answered in Tomcat's pipeline, before the filter chain is built: a kept page then costs no
 * metrics observation, no session wrapper, no security chain (its headers were recorded when it was rendered
 * through all of them, see {@link PublicPageFilter}). Its headers go to Tomcat as the bytes kept with the page, so
 * they are not encoded again for each request (the largest cost left in the profile). Anything else goes on to the
 * chain unchanged. Kept pages answered here do not appear in the {@code http.server.requests} metrics.
 */
final class PublicPageValve extends ValveBase {

	private static final byte[] DATE = "Date".getBytes(StandardCharsets.ISO_8859_1);

	private final ObjectProvider<FilterRegistrationBean<PublicPageFilter>> registration;

	private volatile PublicPageFilter pages;

	/** The Date header of the current second, as bytes. */
	private volatile Stamp date = new Stamp(-1, new byte[0]);

	private record Stamp(long second, byte[] bytes) {
	}

	PublicPageValve(ObjectProvider<FilterRegistrationBean<PublicPageFilter>> registration) {
		super(true);
		this.registration = registration;
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		PublicPageFilter filter = pages;
		if (filter == null) {
			pages = filter = registration.getObject().getFilter(); // resolved at the first request, once started
		}
		PublicPageFilter.Answer answer = filter.kept(request);
		if (answer == null) {
			getNext().invoke(request, response);
			return;
		}
		MimeHeaders headers = response.getCoyoteResponse().getMimeHeaders();
		for (PublicPages.Header header : answer.page().replayed()) {
			add(headers, header);
		}
		for (PublicPages.Header header : answer.validators()) {
			add(headers, header);
		}
		byte[] now = date();
		headers.addValue(DATE, 0, DATE.length).setBytes(now, 0, now.length);
		if (answer.notModified()) {
			response.setStatus(Response.SC_NOT_MODIFIED);
			return;
		}
		// the type as a header, not through setContentType, so that Tomcat neither encodes it again nor considers
		// compressing the page (already gzipped for those who accept it)
		add(headers, answer.page().contentType());
		response.setContentLength(answer.body().length);
		response.getOutputStream().write(answer.body());
	}

	private static void add(MimeHeaders headers, PublicPages.Header header) {
		headers.addValue(header.nameBytes(), 0, header.nameBytes().length)
			.setBytes(header.valueBytes(), 0, header.valueBytes().length);
	}

	private byte[] date() {
		long second = System.currentTimeMillis() / 1000;
		Stamp stamp = date;
		if (stamp.second() != second) {
			stamp = new Stamp(second, PublicPageFilter.HTTP_DATE
				.format(Instant.ofEpochSecond(second).atZone(ZoneOffset.UTC)).getBytes(StandardCharsets.ISO_8859_1));
			date = stamp;
		}
		return stamp.bytes();
	}
}
