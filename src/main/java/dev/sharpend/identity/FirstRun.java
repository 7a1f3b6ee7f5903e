package dev.sharpend.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.SharpendProperties;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The first start of an installation with no users: either create the configured
 * administrator (and token), or log a one-time link that lets the first visitor do it.
 */
@Service
public class FirstRun implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstRun.class);

	private static final Duration SETUP_LINK_VALIDITY = Duration.ofHours(24);

	private final UserRepository users;

	private final OneTimeLinkRepository links;

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final IdentityProperties properties;

	private final SharpendProperties sharpend;

	private final ApplicationContext context;

	private final Clock clock;

	FirstRun(UserRepository users, OneTimeLinkRepository links, Accounts accounts, ApiTokens tokens,
			IdentityProperties properties, SharpendProperties sharpend, ApplicationContext context, Clock clock) {
		this.users = users;
		this.links = links;
		this.accounts = accounts;
		this.tokens = tokens;
		this.properties = properties;
		this.sharpend = sharpend;
		this.context = context;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		IdentityProperties.Bootstrap bootstrap = this.properties.bootstrap();
		if (StringUtils.hasText(bootstrap.adminEmail())) {
			createBootstrapAdministrator(bootstrap);
		}
		else {
			String token = RandomTokens.generate("setup_");
			Instant now = this.clock.instant();
			this.links.insert(OneTimeLinkRepository.SETUP, token, null, now, now.plus(SETUP_LINK_VALIDITY));
			log.warn("""

					==========================================================================
					 Sharpend has no users yet. Create the first administrator here (the
					 link works once, for 24 hours):

					   {}/setup?token={}
					==========================================================================""",
					this.sharpend.publicUrl(localPort()), token);
		}
	}

	private void createBootstrapAdministrator(IdentityProperties.Bootstrap bootstrap) {
		try {
			User admin = this.accounts.create(
					new Accounts.NewUser(bootstrap.adminEmail(), null, bootstrap.adminPassword(), RoleId.ADMIN),
					"bootstrap");
			if (StringUtils.hasText(bootstrap.adminToken())) {
				this.tokens.create(admin.id(), "bootstrap", EnumSet.allOf(Permission.class), null,
						bootstrap.adminToken().strip());
			}
			log.info("Created the bootstrap administrator {}", admin.email());
		}
		catch (RequestRejected ex) {
			throw new IllegalStateException(
					"Cannot create the bootstrap administrator from SHARPEND_BOOTSTRAP_ADMIN_*: " + ex.getMessage(),
					ex);
		}
		catch (DuplicateKeyException ex) {
			log.info("Another node created the bootstrap administrator first");
		}
	}

	/** Whether a setup link is valid and no administrator exists yet. */
	@Transactional(readOnly = true)
	public boolean setupOpen(String token) {
		return token != null && this.users.count() == 0
				&& this.links.isValid(OneTimeLinkRepository.SETUP, token, this.clock.instant());
	}

	/** Creates the first administrator through the logged setup link. */
	@Transactional
	public User completeSetup(String token, Accounts.NewUser request) {
		if (this.users.count() > 0) {
			throw RequestRejected.conflict(null, "Sharpend is already set up; sign in instead.");
		}
		if (this.links.consume(OneTimeLinkRepository.SETUP, token, this.clock.instant()).isEmpty()) {
			throw RequestRejected.conflict(null,
					"This setup link has expired or was used. Restart Sharpend to log a new one.");
		}
		return this.accounts.create(
				new Accounts.NewUser(request.email(), request.displayName(), request.password(), RoleId.ADMIN),
				"setup");
	}

	private int localPort() {
		if (this.context instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			return web.getWebServer().getPort();
		}
		return 8080;
	}

}
