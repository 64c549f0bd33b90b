package org.puente.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.aopalliance.intercept.MethodInvocation;
import org.jspecify.annotations.Nullable;
import org.puente.refusal.NotFoundException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.Expression;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a controller's {@code @PreAuthorize} before its parameters are read, so a person who may not do
 * something hears 403 — not a 400 about a parameter they left out of a request they were never allowed to make.
 * Method security still checks the same rule on the call itself; expressions that look at the arguments
 * ({@code #id}) are left to it.
 * <p>
 * Before the rule, the id the address names is looked up ({@link UnknownIds}, over the ids the capabilities
 * declare as {@link org.puente.web.KnownIds}): an unknown one is a 404 for everyone, with the capability's
 * sentence, and only a known one is refused. A refusal that came first said, by its difference, which ids exist;
 * and a form sent without its fields to an unknown id hears "no such thing", not which field it left out. One
 * query by key, and only for a page with a rule (its own, or the administrators' pages' in the security rules)
 * whose address is under a declared one: any other request pays nothing.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizeBeforeBinding implements WebMvcConfigurer, HandlerInterceptor {

	private final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();

	private final UnknownIds unknown;

	AuthorizeBeforeBinding(UnknownIds unknown) {
		this.unknown = unknown;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		PreAuthorize rule = rule(method);
		String administrators = request.getContextPath() + SecurityConfiguration.ADMIN;
		if (rule == null && !request.getRequestURI().startsWith(administrators)) { // theirs is in the security rules
			return true;
		}
		NotFoundException none = unknown.named(request);
		if (none != null) {
			throw none;
		}
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (rule == null || rule.value().contains("#") || who == null) {
			return true;
		}
		MethodInvocation call = new SimpleMethodInvocation(method.getBean(), method.getMethod());
		EvaluationContext context = expressions.createEvaluationContext(() -> who, call);
		Expression expression = expressions.getExpressionParser().parseExpression(rule.value());
		if (!ExpressionUtils.evaluateAsBoolean(expression, context)) {
			throw new AccessDeniedException("Access Denied");
		}
		return true;
	}

	private static @Nullable PreAuthorize rule(HandlerMethod method) {
		PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
		return onMethod != null ? onMethod
				: AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
	}
}
