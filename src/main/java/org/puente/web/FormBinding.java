package org.puente.web;

import java.lang.annotation.Annotation;
import java.util.List;

import jakarta.servlet.ServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.ConfigurablePropertyAccessor;
import org.springframework.beans.PropertyAccessorFactory;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.core.MethodParameter;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.MessageCodesResolver;
import org.springframework.validation.SmartValidator;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.InitBinderDataBinderFactory;
import org.springframework.web.method.support.InvocableHandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * A form bound through its constructor (a record) comes back with a value that could not be read — a date such as
 * 2026-02-30, a letter where a number goes, an id or a choice that is no such thing — like with any other error:
 * 422, the form again with the sentence on the field and what was typed in it.
 *
 * <p>Spring records such an error before the form exists, in a binding result without a form, and keeps that one:
 * the form is built all the same (the unreadable value as empty), but a controller's {@code rejectValue} and the
 * page's fields then fail on the missing form ("Cannot access properties on null bean instance"), a 500. Here the
 * binding result made before the form reads the form from its binder once it is built, and the rest of what was
 * typed is bound to it, and the form's constraints are checked on it, so that one submit shows every mistake.
 */
@Component
class FormBinding implements WebMvcRegistrations {

	@Override
	public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
		return new RequestMappingHandlerAdapter() {
			@Override
			protected InitBinderDataBinderFactory createDataBinderFactory(List<InvocableHandlerMethod> methods) {
				return new ServletRequestDataBinderFactory(methods, getWebBindingInitializer()) {
					@Override
					protected ServletRequestDataBinder createBinderInstance(@Nullable Object target, String name,
							NativeWebRequest request) {
						return new Binder(target, name);
					}
				};
			}
		};
	}

	/** Spring's binder, whose binding result made before the form (constructor binding) finds it once built. */
	private static final class Binder extends ExtendedServletRequestDataBinder {

		private @Nullable MessageCodesResolver codes;

		Binder(@Nullable Object target, String name) {
			super(target, name);
		}

		/**
		 * After a value that could not be read, Spring leaves the form as built and binds nothing more: the values
		 * that go into its parts (a title per language) are bound here, as they are when every value could be read.
		 */
		@Override
		public void construct(ServletRequest request) {
			super.construct(request);
			if (getTarget() != null && getBindingResult().hasErrors()) {
				bind(request);
				validateTheRest();
			}
		}

		/**
		 * After a value that could not be read, Spring does not validate the form either, so a person would see one
		 * mistake, fix it, and only then the next. The form's constraints ({@code @Valid} on the controller's
		 * parameter, with its groups) are checked here on what could be read; a field whose value could not be read
		 * keeps that one sentence (its empty value is not also "required").
		 */
		private void validateTheRest() {
			Object[] hints = validationHints();
			Object target = getTarget();
			if (hints == null || target == null) {
				return;
			}
			BeanPropertyBindingResult checked = new BeanPropertyBindingResult(target, getObjectName(),
					isAutoGrowNestedPaths(), getAutoGrowCollectionLimit());
			if (codes != null) {
				checked.setMessageCodesResolver(codes);
			}
			for (Validator validator : getValidatorsToApply()) {
				if (hints.length > 0 && validator instanceof SmartValidator smart) {
					smart.validate(target, checked, hints);
				}
				else {
					validator.validate(target, checked);
				}
			}
			BindingResult result = getBindingResult();
			checked.getGlobalErrors().forEach(result::addError);
			checked.getFieldErrors().stream().filter(error -> !result.hasFieldErrors(error.getField()))
				.forEach(result::addError);
		}

		/** The validation the controller asks for on this form: {@code null} when it asks for none. */
		private Object @Nullable [] validationHints() {
			if (getTargetType() != null && getTargetType().getSource() instanceof MethodParameter parameter) {
				for (Annotation annotation : parameter.getParameterAnnotations()) {
					Object[] hints = ValidationAnnotationUtils.determineValidationHints(annotation);
					if (hints != null) {
						return hints;
					}
				}
			}
			return null;
		}

		@Override
		public void setMessageCodesResolver(@Nullable MessageCodesResolver resolver) {
			super.setMessageCodesResolver(resolver);
			codes = resolver;
		}

		@Override
		protected AbstractPropertyBindingResult createBeanPropertyBindingResult() {
			if (getTarget() != null) {
				return super.createBeanPropertyBindingResult();
			}
			LateTarget result = new LateTarget(this);
			ConversionService conversion = getConversionService();
			if (conversion != null) {
				result.initConversion(conversion);
			}
			if (codes != null) {
				result.setMessageCodesResolver(codes);
			}
			return result;
		}
	}

	/** A binding result whose form is the one its binder holds: none until constructor binding has built it. */
	private static final class LateTarget extends AbstractPropertyBindingResult {

		private final transient DataBinder binder;

		private transient @Nullable BeanWrapper wrapper;

		LateTarget(DataBinder binder) {
			super(binder.getObjectName());
			this.binder = binder;
		}

		@Override
		public @Nullable Object getTarget() {
			return binder.getTarget();
		}

		@Override
		public ConfigurablePropertyAccessor getPropertyAccessor() {
			if (wrapper == null) {
				Object target = binder.getTarget();
				if (target == null) {
					throw new IllegalStateException("No form built yet for '" + getObjectName() + "'");
				}
				wrapper = PropertyAccessorFactory.forBeanPropertyAccess(target);
				wrapper.setExtractOldValueForEditor(true);
				wrapper.setAutoGrowNestedPaths(binder.isAutoGrowNestedPaths());
				wrapper.setAutoGrowCollectionLimit(binder.getAutoGrowCollectionLimit());
				ConversionService conversion = binder.getConversionService();
				if (conversion != null) {
					wrapper.setConversionService(conversion);
				}
			}
			return wrapper;
		}
	}
}
