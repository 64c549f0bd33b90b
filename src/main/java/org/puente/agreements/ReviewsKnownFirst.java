package org.puente.agreements;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An unknown review is a 404 for everyone, before the rights (403): as the API already answers. The review pages'
 * rule is checked before their parameters are read ({@code AuthorizeBeforeBinding}), so an observer asking for a
 * review that does not exist heard "access refused" where everyone else heard "no such review" (walk of 5 December,
 * minutes, "Left"). This looks the review up first, for the pages' controllers only; a review that exists goes on to
 * the rule, as before.
 */
@Configuration(proxyBeanMethods = false)
class ReviewsKnownFirst implements WebMvcConfigurer, HandlerInterceptor {

	private static final Set<Class<?>> PAGES = Set.of(ReviewController.class, ReviewAdditionController.class);

	private final Reviews reviews;

	ReviewsKnownFirst(Reviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// after the static assets' (HIGHEST_PRECEDENCE: the 404 page links the fingerprinted addresses), before the rule
		registry.addInterceptor(this).addPathPatterns("/agreements/reviews/*", "/agreements/reviews/*/**")
			.order(Ordered.HIGHEST_PRECEDENCE + 1);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method && PAGES.contains(method.getBeanType())
				&& request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> path
				&& path.get("id") instanceof String id) {
			UUID known;
			try {
				known = UUID.fromString(id);
			}
			catch (IllegalArgumentException ex) {
				return true; // not an id at all: the binding refuses it as for any page
			}
			reviews.get(known); // 404 when there is no such review
		}
		return true;
	}
}
