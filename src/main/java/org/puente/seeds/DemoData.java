package org.puente.seeds;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.AliasFor;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A capability's loader of the demo data (an {@code ApplicationRunner}): a bean only when {@code puente.demo.enabled}
 * is true, never in a production configuration, run at start-up in the order given, so that each finds what the
 * loaders before it wrote (accounts, then the directory, the meetings, the agreements, the documents…).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@Order
@ConditionalOnProperty(name = "puente.demo.enabled", havingValue = "true")
public @interface DemoData {

	/** When this loader runs among the others: lower first. */
	@AliasFor(annotation = Order.class, attribute = "value")
	int value();

}
