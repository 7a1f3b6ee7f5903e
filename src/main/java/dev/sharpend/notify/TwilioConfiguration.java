package dev.sharpend.notify;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.sharpend.secret.SecretRef;
import dev.sharpend.secret.Secrets;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.Timestamps;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which Twilio account SMS and voice pages go through: settings an administrator saved
 * (auth token sealed) win over {@code SHARPEND_TWILIO_*}, as for the SMTP server.
 */
@Service
@Transactional
public class TwilioConfiguration {

	private static final Pattern SID = Pattern.compile("AC[0-9a-fA-F]{32}");

	private static final Pattern PHONE = Pattern.compile("\\+[1-9][0-9]{6,14}");

	private final JdbcClient jdbc;

	private final Secrets secrets;

	private final NotifyProperties properties;

	private final Clock clock;

	TwilioConfiguration(JdbcClient jdbc, Secrets secrets, NotifyProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.properties = properties;
		this.clock = clock;
	}

	/** The account in force, with the auth token opened. */
	@Transactional(readOnly = true)
	public NotifyProperties.Twilio current() {
		return stored().map(
				(s) -> new NotifyProperties.Twilio(s.accountSid(), this.secrets.open(s.token()), s.from(), s.apiBase()))
			.orElseGet(this.properties::twilio);
	}

	/** Whether the account in force was saved here rather than set in the environment. */
	@Transactional(readOnly = true)
	public boolean saved() {
		return stored().isPresent();
	}

	/**
	 * Saves an account; an empty auth token keeps the stored one (forms never show it).
	 * @throws RequestRejected naming the field that is wrong
	 */
	public void save(TwilioForm form) {
		String sid = (form.accountSid() != null) ? form.accountSid().strip() : "";
		if (!SID.matcher(sid).matches()) {
			throw RequestRejected.invalid("accountSid", "Give the account SID: AC and 32 hexadecimal digits.");
		}
		String from = (form.from() != null) ? form.from().replaceAll("[\\s().-]", "") : "";
		if (!PHONE.matcher(from).matches()) {
			throw RequestRejected.invalid("from",
					"Give the sending number in international form, such as +15005550006.");
		}
		String base = (form.apiBase() != null && !form.apiBase().isBlank()) ? form.apiBase().strip()
				: "https://api.twilio.com";
		try {
			SafeHttp.checkedUrl(base);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.invalid("apiBase", "Give an http or https URL, such as https://api.twilio.com.");
		}
		Optional<Stored> existing = stored();
		SecretRef token = existing.map(Stored::token).orElse(null);
		boolean newToken = form.authToken() != null && !form.authToken().isBlank();
		if (token == null && !newToken) {
			throw RequestRejected.invalid("authToken", "Give the account's auth token.");
		}
		if (newToken) {
			if (token != null) {
				this.secrets.reseal(token, form.authToken().strip());
			}
			else {
				token = this.secrets.seal("notify.twilio.auth-token", form.authToken().strip());
			}
		}
		this.jdbc.sql("delete from notify_twilio").update();
		this.jdbc.sql("""
				insert into notify_twilio (id, account_sid, token_ref, from_number, api_base, updated_at)
				values (1, :sid, :token, :from, :base, :at)""")
			.param("sid", sid)
			.param("token", token.value())
			.param("from", from)
			.param("base", base.replaceAll("/+$", ""))
			.param("at", Timestamps.toColumn(this.clock.instant()))
			.update();
	}

	/** Forgets saved settings, so the environment's apply again. */
	public void clear() {
		stored().ifPresent((s) -> {
			this.jdbc.sql("delete from notify_twilio").update();
			this.secrets.destroy(s.token());
		});
	}

	private Optional<Stored> stored() {
		return this.jdbc.sql("select * from notify_twilio where id = 1")
			.query((rs, row) -> new Stored(rs.getString("account_sid"),
					new SecretRef(rs.getObject("token_ref", UUID.class)), rs.getString("from_number"),
					rs.getString("api_base")))
			.optional();
	}

	private record Stored(String accountSid, SecretRef token, String from, String apiBase) {
	}

	/**
	 * The settings form.
	 *
	 * @param accountSid the account SID
	 * @param authToken a new auth token, or empty to keep the stored one
	 * @param from the sending number
	 * @param apiBase the API's base URL, empty for Twilio's
	 */
	public record TwilioForm(@Nullable String accountSid, @Nullable String authToken, @Nullable String from,
			@Nullable String apiBase) {
	}

}
