package dev.sharpend.oncall;

import dev.sharpend.system.SharpendProperties;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Absolute links to a person's own paging page, read away from Sharpend. */
@Component
class PersonalLinks {

	private final SharpendProperties properties;

	private final Environment environment;

	PersonalLinks(SharpendProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	String me() {
		return base() + "/oncall/me";
	}

	String verify(String token) {
		return base() + "/oncall/me/verify/" + token;
	}

	private String base() {
		return this.properties.publicUrl(this.environment.getProperty("local.server.port", Integer.class, 8080));
	}

}
