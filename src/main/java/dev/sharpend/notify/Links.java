package dev.sharpend.notify;

import dev.sharpend.system.SharpendProperties;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Absolute links put in messages, which are read away from Sharpend. */
@Component
class Links {

	private final SharpendProperties properties;

	private final Environment environment;

	Links(SharpendProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	String base() {
		return this.properties.publicUrl(this.environment.getProperty("local.server.port", Integer.class, 8080));
	}

	String confirm(String token) {
		return base() + "/subscriptions/" + token + "/confirm";
	}

	String unsubscribe(String token) {
		return base() + "/unsubscribe/" + token;
	}

}
