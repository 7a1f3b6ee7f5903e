package dev.sharpend.test;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * One more Sharpend in the test's JVM, started by {@link Launcher#start()}, for instance
 * a second node behind the same load balancer and database.
 */
public final class SharpendNode implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	SharpendNode(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public int port() {
		return this.context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	public ConfigurableApplicationContext context() {
		return this.context;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
