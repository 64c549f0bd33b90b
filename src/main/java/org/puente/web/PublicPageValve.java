package org.puente.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;

/**
 * Kept public pages answered in Tomcat's pipeline, before the filter chain is built: a kept page then costs no
 * metrics observation, no session wrapper, no security chain (its headers were recorded when it was rendered
 * through all of them, see {@link PublicPageFilter}). Anything else goes on to the chain unchanged. Kept pages
 * answered here do not appear in the {@code http.server.requests} metrics.
 */
final class PublicPageValve extends ValveBase {

	private final ObjectProvider<FilterRegistrationBean<PublicPageFilter>> registration;

	private volatile PublicPageFilter pages;

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
		if (!filter.sendKept(request, response)) {
			getNext().invoke(request, response);
		}
	}
}
