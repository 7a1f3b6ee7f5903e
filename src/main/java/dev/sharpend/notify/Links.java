package dev.sharpend.notify;

import dev.sharpend.statuspage.StatusPage;
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

	/** The page's public URL, without a trailing slash, as the page itself shows it. */
	String page(StatusPage page) {
		if (page.publicUrl() != null) {
			return page.publicUrl().replaceAll("/+$", "");
		}
		return base() + (page.isDefault() ? "" : "/p/" + page.slug());
	}

	String confirm(String token) {
		return base() + "/subscriptions/" + token + "/confirm";
	}

	String unsubscribe(String token) {
		return base() + "/unsubscribe/" + token;
	}

}
