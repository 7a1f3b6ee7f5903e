package dev.sharpend.statuspage;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import dev.sharpend.Sharpend;
import dev.sharpend.test.TestKeys;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Sharpend node started by a test, so that several nodes can share one database as
 * they would behind a load balancer.
 */
final class SharpendNode implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private SharpendNode(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts a node with these database settings (see {@code TestDatabase.properties()}),
	 * the test's bootstrap administrator and, if given, a clock in place of the system
	 * clock.
	 */
	static SharpendNode start(Map<String, String> database, Clock clock) {
		Map<String, String> settings = new HashMap<>(database);
		settings.put("server.port", "0");
		settings.put("sharpend.identity.bootstrap.admin-email", TestKeys.ADMIN_EMAIL);
		settings.put("sharpend.identity.bootstrap.admin-password", TestKeys.ADMIN_PASSWORD);
		settings.put("sharpend.identity.bootstrap.admin-token", TestKeys.ADMIN_TOKEN);
		String[] arguments = settings.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		SpringApplicationBuilder builder = new SpringApplicationBuilder(Sharpend.class);
		if (clock != null) {
			builder.initializers((context) -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return (bean instanceof Clock) ? clock : bean;
				}
			}));
		}
		return new SharpendNode(builder.run(arguments));
	}

	int port() {
		return this.context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
