package dev.sharpend.review;

import dev.sharpend.system.SharpendProperties;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Absolute links to reviews, for e-mails and status pages. */
@Component
class ReviewLinks {

	private final SharpendProperties properties;

	private final Environment environment;

	ReviewLinks(SharpendProperties properties, Environment environment) {
		this.properties = properties;
		this.environment = environment;
	}

	String absolute(String path) {
		return this.properties.publicUrl(this.environment.getProperty("local.server.port", Integer.class, 8080)) + path;
	}

}
