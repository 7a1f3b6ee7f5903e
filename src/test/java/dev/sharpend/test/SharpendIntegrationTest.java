package dev.sharpend.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A running Sharpend on a random port with its own database (H2 or PostgreSQL, see
 * {@link TestDatabase}) and the bootstrap administrator {@link TestKeys#ADMIN_EMAIL} with
 * the API token {@link TestKeys#ADMIN_TOKEN}. Contexts are shared between test classes
 * with the same configuration, so tests create their own data and never assume an empty
 * database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "sharpend.identity.bootstrap.admin-email=" + TestKeys.ADMIN_EMAIL,
				"sharpend.identity.bootstrap.admin-password=" + TestKeys.ADMIN_PASSWORD,
				"sharpend.identity.bootstrap.admin-token=" + TestKeys.ADMIN_TOKEN,
				"sharpend.metrics-scrape-token=" + TestKeys.SCRAPE_TOKEN,
				// Open public pages check for changes every second, so browser tests see
				// them update quickly.
				"sharpend.statuspage.live-refresh=PT1S",
				// Tests read providers' status feeds by calling the poller when they
				// choose, and so never reach the real status pages the catalogue names.
				"sharpend.provider.poll-tick=PT1H" })
@ContextConfiguration(initializers = TestDatabase.class)
public @interface SharpendIntegrationTest {

}
