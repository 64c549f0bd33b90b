package org.puente.seeds;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;

import static org.assertj.core.api.Assertions.assertThat;

/** A loader marked {@link DemoData} is a bean only in a demo run, and runs in the order it gives. */
class DemoDataTests {

	@DemoData(40)
	static class Loader implements ApplicationRunner {

		@Override
		public void run(ApplicationArguments args) {
		}

	}

	@DemoData(20)
	static class EarlierLoader extends Loader {

	}

	@Test
	void loadersRunInTheOrderTheyGive() {
		List<ApplicationRunner> runners = new ArrayList<>(List.of(new Loader(), new EarlierLoader()));
		AnnotationAwareOrderComparator.sort(runners);
		assertThat(runners).extracting(Object::getClass).containsExactly(EarlierLoader.class, Loader.class);
	}

	@Test
	void aLoaderIsABeanOnlyWhenTheDemoIsOn() {
		ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Loader.class);
		runner.withPropertyValues("puente.demo.enabled=true").run(context -> assertThat(context).hasSingleBean(Loader.class));
		runner.withPropertyValues("puente.demo.enabled=false").run(context -> assertThat(context).doesNotHaveBean(Loader.class));
		runner.run(context -> assertThat(context).doesNotHaveBean(Loader.class));
	}

}
