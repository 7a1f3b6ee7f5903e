package dev.sharpend.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.TestPropertySource;

/**
 * A {@link SharpendIntegrationTest} whose application may call services on loopback (the
 * tests' webhook receivers, status pages, OpenID provider and Prometheus), gives up a
 * delivery after three attempts 30 s apart and more, and runs on a {@link MovableClock}
 * the test can inject. The classes that need any of this share one application rather
 * than starting one each; since they share its clock too, a class that depends on the
 * clock showing real time sets it back first.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SharpendIntegrationTest
@Import(LoopbackIntegrationTest.Clocks.class)
@TestPropertySource(properties = { "sharpend.notify.allow-private-targets=true",
		"sharpend.provider.allow-private-targets=true", "sharpend.notify.max-attempts=3",
		"sharpend.notify.retry-base=30s", "sharpend.statuspage.prometheus-allowed-hosts=127.0.0.1" })
public @interface LoopbackIntegrationTest {

	@TestConfiguration(proxyBeanMethods = false)
	class Clocks {

		@Bean
		@Primary
		MovableClock movableClock() {
			return MovableClock.ticking();
		}

	}

}
