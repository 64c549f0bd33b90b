package org.puente.database;

import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.data.repository.Repository;

/**
 * Keeps Spring Data's deferred start ({@code spring.data.jpa.repositories.bootstrap-mode=deferred}) when the
 * application starts from Spring's ahead-of-time bean definitions ({@code ./puente run}, docs/performance.md, fifth
 * round). Deferred, Hibernate is built on a background thread while the other beans are created: each bean gets its
 * repositories as lazy proxies, and the repositories are made once the context is refreshed. Spring Data arranges
 * that while it reads the repository definitions, which the ahead-of-time start skips: the first bean needing a
 * repository then waited for Hibernate on the main thread. Without ahead-of-time definitions (the tests, any other
 * start) Spring Data's own arrangement is in place and this does nothing.
 */
@Configuration(proxyBeanMethods = false)
class AheadOfTimeRepositories {

	@Bean
	static BeanFactoryPostProcessor lazyRepositoryInjection() {
		return beanFactory -> {
			if (AotDetector.useGeneratedArtifacts() && beanFactory instanceof DefaultListableBeanFactory factory
					&& factory.getAutowireCandidateResolver().getClass() == ContextAnnotationAutowireCandidateResolver.class) {
				factory.setAutowireCandidateResolver(new LazyRepositories());
			}
		};
	}

	/** As Spring Data's deferred mode: every repository made once the context is refreshed, before the first page. */
	@Bean
	static ApplicationListener<ContextRefreshedEvent> repositoriesAfterRefresh(ListableBeanFactory beans) {
		return event -> {
			if (AotDetector.useGeneratedArtifacts()) {
				beans.getBeansOfType(Repository.class);
			}
		};
	}

	/** Injects repositories as lazy proxies, resolved at their first call. */
	static final class LazyRepositories extends ContextAnnotationAutowireCandidateResolver {

		@Override
		protected boolean isLazy(DependencyDescriptor descriptor) {
			return super.isLazy(descriptor) || Repository.class.isAssignableFrom(descriptor.getDependencyType());
		}
	}
}
