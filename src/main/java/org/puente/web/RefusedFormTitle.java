package org.puente.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Marks a page shown in answer to a refused form, so that the layout starts its title with "Error:" (the first thing
 * a screen reader says, and what a tab shows). Every form of Puente answers a change that is done with a redirect
 * and a refused one with its page again and a 4xx status ({@link FormSubmission}), so that pair is the one sign,
 * whichever capability the form belongs to.
 */
@Configuration(proxyBeanMethods = false)
class RefusedFormTitle implements HandlerInterceptor, WebMvcConfigurer {

	/** The model attribute the layout reads. */
	static final String ATTRIBUTE = "refusedForm";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/css/**", "/js/**", "/webjars/**", "/api/**");
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView page) {
		boolean sent = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
		if (page != null && sent && response.getStatus() >= 400 && response.getStatus() < 500) {
			page.addObject(ATTRIBUTE, true);
		}
	}
}
