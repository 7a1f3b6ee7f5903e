package dev.sharpend.search;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import dev.sharpend.Sharpend;
import dev.sharpend.test.TestKeys;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** One Sharpend node with an index folder of its own, sharing a database with others. */
final class SearchNode implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private SearchNode(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static SearchNode start(Map<String, String> database, Path index) {
		Map<String, String> settings = new HashMap<>(database);
		settings.put("server.port", "0");
		settings.put("sharpend.search.directory", index.toString());
		settings.put("sharpend.identity.bootstrap.admin-email", TestKeys.ADMIN_EMAIL);
		settings.put("sharpend.identity.bootstrap.admin-password", TestKeys.ADMIN_PASSWORD);
		settings.put("sharpend.identity.bootstrap.admin-token", TestKeys.ADMIN_TOKEN);
		String[] arguments = settings.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		return new SearchNode(new SpringApplicationBuilder(Sharpend.class).run(arguments));
	}

	int port() {
		return this.context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
