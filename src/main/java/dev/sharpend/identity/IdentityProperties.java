package dev.sharpend.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the identity module.
 *
 * @param bootstrap the administrator (and token) to create on a first start
 * @param passwordMinLength shortest accepted password
 * @param invitationValidity how long invitation and setup links work
 */
@ConfigurationProperties("sharpend.identity")
record IdentityProperties(Bootstrap bootstrap, Integer passwordMinLength, Duration invitationValidity) {

	IdentityProperties {
		bootstrap = (bootstrap != null) ? bootstrap : new Bootstrap(null, null, null);
		passwordMinLength = (passwordMinLength != null) ? passwordMinLength : 10;
		invitationValidity = (invitationValidity != null) ? invitationValidity : Duration.ofDays(7);
	}

	/**
	 * The first administrator, for automated installs.
	 *
	 * @param adminEmail the administrator's e-mail address
	 * @param adminPassword their password
	 * @param adminToken an API token value with every permission, or empty
	 */
	record Bootstrap(String adminEmail, String adminPassword, String adminToken) {
	}

}
