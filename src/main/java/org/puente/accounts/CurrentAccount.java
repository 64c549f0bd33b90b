package org.puente.accounts;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.puente.refusal.RefusalKind;
import org.puente.refusal.RefusedException;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Hands a controller method the person signed in, so that a controller does not need {@link Accounts} only to ask
 * who is calling: a parameter {@code AccountSummary actor} is the signed-in account (refused as forbidden when
 * nobody is signed in), a parameter {@code Optional<AccountSummary> reader} is the account if any. The API
 * documentation leaves both out: they are not read from the request.
 */
@Configuration(proxyBeanMethods = false)
class CurrentAccount implements WebMvcConfigurer, HandlerMethodArgumentResolver {

	private static final ResolvableType OPTIONAL_ACCOUNT = ResolvableType.forClassWithGenerics(Optional.class,
			AccountSummary.class);

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(AccountSummary.class);
	}

	private final Accounts accounts;

	CurrentAccount(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(this);
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == AccountSummary.class
				|| OPTIONAL_ACCOUNT.isAssignableFrom(ResolvableType.forMethodParameter(parameter));
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
		Optional<AccountSummary> current = accounts.current();
		if (parameter.getParameterType() == Optional.class) {
			return current;
		}
		return current.orElseThrow(() -> new RefusedException(RefusalKind.FORBIDDEN, "error.403.message"));
	}
}
