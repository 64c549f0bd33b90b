package org.puente;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on the test PostgreSQL (embedded, cleaned once per run) with the demo data, and a
 * {@code MockMvc} to send it requests. All tests that use it share one Spring context, so the suite pays for start-up
 * once: the MockMvc is part of it because a test class that added {@code @AutoConfigureMockMvc} to it used to get a
 * second context (the browser tests' {@code BrowserTest} is the other one, with a server on a port).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface PuenteTest {
}
