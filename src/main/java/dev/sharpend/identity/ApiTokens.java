package dev.sharpend.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens: created by a user with a subset of their permissions, shown once, stored
 * hashed.
 */
@Service
@Transactional
public class ApiTokens {

	static final String PREFIX = "shp_";

	private final ApiTokenRepository tokens;

	private final UserRepository users;

	private final RoleRepository roles;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiTokens(ApiTokenRepository tokens, UserRepository users, RoleRepository roles, ApplicationEventPublisher events,
			Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.roles = roles;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Creates a token with a random value for the caller's user. It gets at most what the
	 * caller holds now: the owner's role, and when the caller is itself a token, that
	 * token's permissions and expiry too.
	 */
	public CreatedToken create(UserBacked caller, String name, Set<Permission> permissions, Instant expiresAt) {
		if (caller instanceof TokenCaller parent) {
			Instant parentExpiry = parent.token().expiresAt();
			if (parentExpiry != null && (expiresAt == null || expiresAt.isAfter(parentExpiry))) {
				throw RequestRejected.invalid("expiresAt", "The token you call with expires at " + parentExpiry
						+ ", so a token it creates must expire no later; give an expiresAt at or before then.");
			}
			return create(caller.userId(), name, permissions, expiresAt, parent.permissions(),
					RandomTokens.generate(PREFIX));
		}
		return create(caller.userId(), name, permissions, expiresAt, EnumSet.allOf(Permission.class),
				RandomTokens.generate(PREFIX));
	}

	/**
	 * Creates a token with a given value, limited by its owner's role only (first run).
	 */
	CreatedToken create(UserId owner, String name, Set<Permission> permissions, Instant expiresAt, String value) {
		return create(owner, name, permissions, expiresAt, EnumSet.allOf(Permission.class), value);
	}

	private CreatedToken create(UserId owner, String name, Set<Permission> permissions, Instant expiresAt,
			Set<Permission> callerScope, String value) {
		String cleanName = (name != null) ? name.strip() : "";
		if (cleanName.isEmpty() || cleanName.length() > 100) {
			throw RequestRejected.invalid("name",
					"Give the token a name of 1 to 100 characters, such as \"deploy bot\".");
		}
		if (permissions == null || permissions.isEmpty()) {
			throw RequestRejected.invalid("permissions", "Choose at least one permission for the token.");
		}
		User user = this.users.findById(owner).orElseThrow(() -> RequestRejected.notFound("There is no such user."));
		Set<Permission> allowed = permissionsOf(user);
		allowed.retainAll(callerScope);
		Set<Permission> beyond = EnumSet.copyOf(permissions);
		beyond.removeAll(allowed);
		if (!beyond.isEmpty()) {
			throw RequestRejected.invalid("permissions",
					"A token can only have permissions the caller holds now (a token caller: only its own); "
							+ "you do not hold " + Roles.codes(beyond) + ".");
		}
		Instant now = this.clock.instant();
		if (expiresAt != null && !expiresAt.isAfter(now)) {
			throw RequestRejected.invalid("expiresAt", "Choose an expiry in the future, or none.");
		}
		ApiToken token = new ApiToken(new ApiTokenId(UUID.randomUUID()), owner, cleanName, RandomTokens.hint(value),
				EnumSet.copyOf(permissions), now, expiresAt, null, null);
		this.tokens.insert(token, RandomTokens.hash(value));
		this.events.publishEvent(new ApiTokenCreated(token.id(), token.name(), user.email(),
				Roles.codes(token.permissions()), expiresAt));
		return new CreatedToken(token, value);
	}

	/**
	 * The tokens a caller may see: all of its user's, except that a token without
	 * {@code user:admin} sees only itself.
	 */
	@Transactional(readOnly = true)
	public List<ApiToken> visibleTo(UserBacked caller) {
		if (caller instanceof TokenCaller token && !token.permissions().contains(Permission.USER_ADMIN)) {
			return this.tokens.findById(token.token().id()).stream().toList();
		}
		return this.tokens.findByOwner(caller.userId());
	}

	/**
	 * Revokes a token for an API caller. A token may always revoke itself; revoking any
	 * other token takes {@code user:admin} (which reaches every user's tokens).
	 */
	public void revoke(ApiTokenId id, TokenCaller caller) {
		if (id.equals(caller.token().id())) {
			revoke(id, caller.userId(), false);
			return;
		}
		if (!caller.permissions().contains(Permission.USER_ADMIN)) {
			throw RequestRejected.forbidden("A token can revoke only itself without user:admin; revoke other "
					+ "tokens on your account page (/account) or with a token that has user:admin.");
		}
		revoke(id, caller.userId(), true);
	}

	@Transactional(readOnly = true)
	public List<ApiToken> ownedBy(UserId owner) {
		return this.tokens.findByOwner(owner);
	}

	/**
	 * Revokes a token. Its owner may revoke it; so may a user administrator.
	 * @param actingUser who asks
	 * @param mayRevokeAny whether the caller is a user administrator
	 */
	public void revoke(ApiTokenId id, UserId actingUser, boolean mayRevokeAny) {
		ApiToken token = this.tokens.findById(id)
			.filter((t) -> mayRevokeAny || t.owner().equals(actingUser))
			.orElseThrow(() -> RequestRejected.notFound("There is no such token."));
		if (token.revokedAt() != null) {
			return;
		}
		this.tokens.revoke(id, this.clock.instant());
		String owner = this.users.findById(token.owner()).map(User::email).orElse("?");
		this.events.publishEvent(new ApiTokenRevoked(id, token.name(), owner));
	}

	/**
	 * The caller a token value stands for, if it is known, unrevoked, unexpired and its
	 * owner active. Its permissions are cut to what the owner's role grants now.
	 */
	public Optional<TokenCaller> authenticate(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		Optional<ApiToken> found = this.tokens.findByHash(RandomTokens.hash(value)).filter((t) -> t.usableAt(now));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ApiToken token = found.get();
		Optional<User> owner = this.users.findById(token.owner()).filter(User::active);
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		this.tokens.touch(token.id(), now);
		Set<Permission> effective = EnumSet.copyOf(token.permissions());
		effective.retainAll(permissionsOf(owner.get()));
		return Optional.of(new TokenCaller(token, owner.get(), effective));
	}

	Set<Permission> permissionsOf(User user) {
		return this.roles.findById(user.roleId())
			.map((role) -> role.permissions().isEmpty() ? EnumSet.noneOf(Permission.class)
					: EnumSet.copyOf(role.permissions()))
			.orElse(EnumSet.noneOf(Permission.class));
	}

	/**
	 * A new token and its value, which is shown once and never stored.
	 *
	 * @param token the stored token
	 * @param value the bearer value
	 */
	public record CreatedToken(ApiToken token, String value) {
	}

}
