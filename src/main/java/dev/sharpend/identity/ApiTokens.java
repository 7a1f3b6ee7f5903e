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

	/** Creates a token with a random value. */
	public CreatedToken create(UserId owner, String name, Set<Permission> permissions, Instant expiresAt) {
		return create(owner, name, permissions, expiresAt, RandomTokens.generate(PREFIX));
	}

	CreatedToken create(UserId owner, String name, Set<Permission> permissions, Instant expiresAt, String value) {
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
		Set<Permission> beyond = EnumSet.copyOf(permissions);
		beyond.removeAll(allowed);
		if (!beyond.isEmpty()) {
			throw RequestRejected.invalid("permissions",
					"A token can only have permissions you hold yourself; you do not hold " + Roles.codes(beyond)
							+ ".");
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
