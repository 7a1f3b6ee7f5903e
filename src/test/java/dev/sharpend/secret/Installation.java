package dev.sharpend.secret;

import java.util.HashMap;
import java.util.Map;

import dev.sharpend.test.Launcher;
import dev.sharpend.test.TestDatabase;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Sharpend installation (data folder and database) that a test starts, stops and
 * starts again with different settings, as an operator would.
 */
final class Installation {

	private final Map<String, String> settings;

	private Installation(Map<String, String> settings) {
		this.settings = settings;
	}

	/** A new installation with a fresh database and no master key configured. */
	static Installation fresh() {
		Map<String, String> settings = new HashMap<>(TestDatabase.properties());
		settings.put("sharpend.secret.master-key", "");
		settings.put("server.port", "0");
		return new Installation(settings);
	}

	String setting(String name) {
		return this.settings.get(name);
	}

	/** Starts the whole application with these settings plus {@code extra}. */
	ConfigurableApplicationContext start(String... extra) {
		return Launcher.sharpend(settings(extra)).start().context();
	}

	/** Runs {@code rotate-master-key} with these settings plus {@code extra}. */
	int rotate(String... extra) {
		return RotateMasterKeyCommand.run(arguments(extra));
	}

	private String[] arguments(String... extra) {
		return settings(extra).entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
	}

	private Map<String, String> settings(String... extra) {
		Map<String, String> all = new HashMap<>(this.settings);
		for (String setting : extra) {
			int equals = setting.indexOf('=');
			all.put(setting.substring(0, equals), setting.substring(equals + 1));
		}
		return all;
	}

}
