package dev.sharpend.chatops;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.Roles;
import dev.sharpend.identity.User;
import dev.sharpend.identity.UserId;
import dev.sharpend.secret.Secrets;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chat integrations for slash commands: Slack apps (verified by their signing secret,
 * kept sealed because it must be read back) and Mattermost slash commands (verified by
 * their token, kept as a hash), and the links that let chat users act as Sharpend users.
 */
@Service
@Transactional
public class ChatIntegrations {

	/** Slack's own limit: older (or later) requests may be replays. */
	static final Duration SLACK_MAX_AGE = Duration.ofMinutes(5);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ChatIntegrationRepository repository;

	private final Secrets secrets;

	private final Accounts accounts;

	private final Roles roles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ChatIntegrations(ChatIntegrationRepository repository, Secrets secrets, Accounts accounts, Roles roles,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.secrets = secrets;
		this.accounts = accounts;
		this.roles = roles;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds an integration.
	 * @param secret the Slack signing secret or Mattermost token the chat shows; null to
	 * have Sharpend make one (returned once)
	 */
	public Created create(String name, String kindCode, String secret) {
		String cleanName = (name != null) ? name.strip() : "";
		if (cleanName.isEmpty() || cleanName.length() > 100) {
			throw RequestRejected.invalid("name", "Give the chat integration a name of 1 to 100 characters.");
		}
		ChatKind kind = WireCode.find(ChatKind.class, kindCode)
			.orElseThrow(() -> RequestRejected.invalid("kind", "Choose a kind: slack or mattermost."));
		String given = (secret != null) ? secret.strip() : "";
		if (!given.isEmpty() && (given.length() < 16 || given.length() > 200)) {
			throw RequestRejected.invalid("secret", "A signing secret or token has 16 to 200 characters.");
		}
		String value = given.isEmpty() ? randomToken() : given;
		if (kind == ChatKind.MATTERMOST && this.repository.findByTokenHash(hash(value)).isPresent()) {
			throw RequestRejected.conflict("secret", "Another chat integration already uses this token.");
		}
		ChatIntegration integration = new ChatIntegration(ChatIntegrationRepository.newId(), cleanName, kind,
				(kind == ChatKind.SLACK) ? this.secrets.seal("chatops.slack-signing-secret", value) : null,
				this.clock.instant());
		this.repository.insert(integration, (kind == ChatKind.MATTERMOST) ? hash(value) : null);
		this.events.publishEvent(new ChatIntegrationCreated(integration.id(), cleanName, kind));
		return new Created(integration, given.isEmpty() ? value : null);
	}

	@Transactional(readOnly = true)
	public List<ChatIntegration> list() {
		return this.repository.findAll();
	}

	@Transactional(readOnly = true)
	public ChatIntegration require(String id) {
		return this.repository.findById(id)
			.orElseThrow(() -> RequestRejected.notFound("There is no chat integration " + id + "."));
	}

	public void remove(String id) {
		ChatIntegration integration = require(id);
		this.repository.delete(id);
		if (integration.secret() != null) {
			this.secrets.destroy(integration.secret());
		}
		this.events.publishEvent(new ChatIntegrationRemoved(id, integration.name()));
	}

	/**
	 * Lets a chat user (by the platform's user id, such as Slack's {@code U024BE7LH}) act
	 * as the Sharpend user with this e-mail address, with that user's permissions.
	 */
	public void link(String id, String chatUser, String email) {
		require(id);
		String key = chatUserKey(chatUser);
		User user = this.accounts.users()
			.stream()
			.filter((u) -> u.email().equalsIgnoreCase(String.valueOf(email).strip()))
			.findFirst()
			.orElseThrow(() -> RequestRejected.invalid("email", "There is no Sharpend user " + email + "."));
		this.repository.link(id, key, user.id().value(), this.clock.instant());
		this.events.publishEvent(new ChatUserLinked(id, key, user.email()));
	}

	public void unlink(String id, String chatUser) {
		require(id);
		String key = chatUserKey(chatUser);
		if (!this.repository.unlink(id, key)) {
			throw RequestRejected.notFound("The chat user " + chatUser + " is not linked.");
		}
		this.events.publishEvent(new ChatUserUnlinked(id, key));
	}

	/** The integration a post comes from, when it proves it; empty otherwise. */
	@Transactional(readOnly = true)
	public Optional<ChatIntegration> authenticate(ChatPost post) {
		if (post.slackSignature() != null) {
			return slack(post);
		}
		String token = post.field("token");
		if (post.authorization() != null && post.authorization().regionMatches(true, 0, "Token ", 0, 6)) {
			token = post.authorization().substring(6).strip();
		}
		return (token == null || token.isBlank()) ? Optional.empty()
				: this.repository.findByTokenHash(hash(token.strip())).filter((i) -> i.kind() == ChatKind.MATTERMOST);
	}

	/**
	 * Who a verified post's chat user is: the linked Sharpend user (if active) with their
	 * role's permissions, or an unlinked chat user who may only read.
	 */
	@Transactional(readOnly = true)
	public ChatCaller caller(ChatIntegration integration, String chatUserId, String chatUserName) {
		String shown = (chatUserName != null && !chatUserName.isBlank()) ? chatUserName : chatUserId;
		// Only the platform's id identifies a user: names can be chosen, changed and
		// reused,
		// and a name equal to someone's id must not borrow their link.
		Optional<UUID> linked = (chatUserId != null && !chatUserId.isBlank())
				? this.repository.linkedUser(integration.id(), chatUserKey(chatUserId)) : Optional.empty();
		String via = (integration.kind() == ChatKind.SLACK) ? "Slack" : "Mattermost";
		return linked.map((id) -> this.accounts.require(new UserId(id)))
			.filter(User::active)
			.map((user) -> new ChatCaller(shown, via, user.email(), user.id().toString(),
					this.roles.require(user.roleId()).permissions()))
			.orElseGet(() -> ChatCaller.unlinked(shown, via));
	}

	private Optional<ChatIntegration> slack(ChatPost post) {
		long timestamp;
		try {
			timestamp = Long.parseLong(String.valueOf(post.slackTimestamp()).strip());
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
		long age = Math.abs(this.clock.instant().getEpochSecond() - timestamp);
		if (age > SLACK_MAX_AGE.toSeconds()) {
			return Optional.empty();
		}
		byte[] signature = post.slackSignature().strip().getBytes(StandardCharsets.UTF_8);
		return this.repository.findByKind(ChatKind.SLACK)
			.stream()
			.filter((i) -> MessageDigest.isEqual(signature,
					slackSignature(this.secrets.open(i.secret()), timestamp, post.body())
						.getBytes(StandardCharsets.UTF_8)))
			.findFirst();
	}

	/** Slack's v0 signature: HMAC-SHA256 over {@code v0:<timestamp>:<body>}, in hex. */
	public static String slackSignature(String secret, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
			return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A chat user id exactly as the platform sends it: ids are case-sensitive. */
	private static String chatUserKey(String chatUser) {
		String key = (chatUser != null) ? chatUser.strip() : "";
		if (key.isEmpty() || key.length() > 100) {
			throw RequestRejected.invalid("chatUser",
					"Give the chat user's id (1 to 100 characters), such as U024BE7LH in Slack; not the user name.");
		}
		return key;
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String randomToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A chat integration just added.
	 *
	 * @param integration the integration
	 * @param secret the signing secret or token Sharpend made, shown once; null when it
	 * was given
	 */
	public record Created(ChatIntegration integration, String secret) {
	}

}
