package dev.sharpend.chatops;

import dev.sharpend.system.SharpendProperties;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Absolute links in chat replies, which are read away from Sharpend. */
@Component
class ChatLinks {

	private final SharpendProperties properties;

	private final Environment environment;

	ChatLinks(SharpendProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	String incident(long number) {
		return this.properties.publicUrl(this.environment.getProperty("local.server.port", Integer.class, 8080))
				+ "/response/incidents/" + number;
	}

}
