package dev.sharpend.notify;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import dev.sharpend.secret.SecretRef;
import dev.sharpend.secret.Secrets;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.Timestamps;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which SMTP server to use: settings an administrator saved (password sealed) win over
 * {@code SHARPEND_SMTP_*}, so the server can be changed without a restart.
 */
@Service
@Transactional
public class SmtpConfiguration {

	private final JdbcClient jdbc;

	private final Secrets secrets;

	private final NotifyProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SmtpConfiguration(JdbcClient jdbc, Secrets secrets, NotifyProperties properties, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** The settings in force, with the password opened. */
	@Transactional(readOnly = true)
	public SmtpSettings current() {
		return stored()
			.map((s) -> new SmtpSettings(s.host(), s.port(), s.username(),
					(s.passwordRef() != null) ? this.secrets.open(s.passwordRef()) : null, s.from(), s.starttls(),
					"database", s.updatedAt()))
			.orElseGet(this::fromEnvironment);
	}

	/**
	 * Saves settings; a null or empty password keeps the stored one (forms never show
	 * it), unless {@code clearPassword}.
	 */
	public void save(SmtpForm form) {
		String host = required(form.host(), "host", "Give the SMTP server's host name.");
		String from = Subscriptions.checkedEmail(form.from());
		int port = (form.port() != null) ? form.port() : 587;
		if (port < 1 || port > 65535) {
			throw RequestRejected.invalid("port", "Give a port from 1 to 65535.");
		}
		Optional<Stored> existing = stored();
		SecretRef ref = existing.map(Stored::passwordRef).orElse(null);
		boolean newPassword = form.password() != null && !form.password().isEmpty();
		if (ref != null && (newPassword || form.clearsPassword())) {
			this.secrets.destroy(ref);
			ref = null;
		}
		if (newPassword) {
			ref = this.secrets.seal("notify.smtp.password", form.password());
		}
		this.jdbc.sql("delete from notify_smtp").update();
		this.jdbc.sql("""
				insert into notify_smtp (id, host, port, username, password_ref, from_address, starttls, updated_at)
				values (1, :host, :port, :username, :password, :from, :starttls, :at)""")
			.param("host", host)
			.param("port", port)
			.param("username", blankToNull(form.username()))
			.param("password", (ref != null) ? ref.value() : null)
			.param("from", from)
			.param("starttls", form.requiresStarttls())
			.param("at", Timestamps.toColumn(this.clock.instant()))
			.update();
		this.events.publishEvent(new SmtpSettingsSaved("host=" + host + ", port=" + port + ", from=" + from
				+ ", starttls=" + form.requiresStarttls() + ", password=" + ((ref != null) ? "set" : "none")));
	}

	/** Forgets the saved settings, so the environment's apply again. */
	public void clear() {
		stored().ifPresent((s) -> {
			if (s.passwordRef() != null) {
				this.secrets.destroy(s.passwordRef());
			}
			this.jdbc.sql("delete from notify_smtp").update();
			this.events.publishEvent(new SmtpSettingsSaved("cleared; the environment's settings apply"));
		});
	}

	private SmtpSettings fromEnvironment() {
		NotifyProperties.Smtp env = this.properties.smtp();
		return new SmtpSettings(blankToNull(env.host()), (env.port() != null) ? env.port() : 587,
				blankToNull(env.username()), blankToNull(env.password()),
				(env.from() != null && !env.from().isBlank()) ? env.from() : "sharpend@localhost",
				env.starttls() == null || env.starttls(), "environment", null);
	}

	private Optional<Stored> stored() {
		return this.jdbc.sql("select * from notify_smtp where id = 1")
			.query((rs, row) -> new Stored(rs.getString("host"), rs.getInt("port"), rs.getString("username"),
					(rs.getString("password_ref") != null) ? SecretRef.of(rs.getString("password_ref")) : null,
					rs.getString("from_address"), rs.getBoolean("starttls"), Timestamps.fromColumn(rs, "updated_at")))
			.optional();
	}

	private static String required(String value, String field, String message) {
		if (value == null || value.isBlank() || value.length() > 253) {
			throw RequestRejected.invalid(field, message);
		}
		return value.strip();
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private record Stored(String host, int port, String username, SecretRef passwordRef, String from, boolean starttls,
			Instant updatedAt) {
	}

	/**
	 * SMTP settings as an administrator enters them.
	 *
	 * @param host server name
	 * @param port server port
	 * @param username user name, or empty
	 * @param password a new password, or empty to keep the stored one
	 * @param clearPassword whether to remove the stored password
	 * @param from sender address
	 * @param starttls whether STARTTLS is required
	 */
	public record SmtpForm(String host, Integer port, String username, String password, Boolean clearPassword,
			String from, Boolean starttls) {

		/** Whether to remove the stored password (an unticked box sends nothing). */
		public boolean clearsPassword() {
			return Boolean.TRUE.equals(this.clearPassword);
		}

		/** Whether STARTTLS is required (an unticked box sends nothing). */
		public boolean requiresStarttls() {
			return Boolean.TRUE.equals(this.starttls);
		}

	}

}
