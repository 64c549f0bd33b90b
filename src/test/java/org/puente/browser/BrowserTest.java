package org.puente.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A workflow clicked through in headless Chromium against the whole application on a random port (inject it
 * with {@code @LocalServerPort} and hand it to {@link Browser}). Tagged
 * "browser" so a developer can leave them out locally ({@code -Dsurefire.excludedGroups=browser}); CI runs them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("browser")
public @interface BrowserTest {
}
