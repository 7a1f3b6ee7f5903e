package dev.sharpend.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** User accounts: creation, invitations, activation, roles and passwords. */
@Service
@Transactional
@NamedInterface("api")
public class Accounts {

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+$");

	private final UserRepository users;

	private final RoleRepository roles;

	private final OneTimeLinkRepository links;

	private final Passwords passwords;

	private final IdentityProperties properties;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Accounts(UserRepository users, RoleRepository roles, OneTimeLinkRepository links, Passwords passwords,
			IdentityProperties properties, ApplicationEventPublisher events, Clock clock) {
		this.users = users;
		this.roles = roles;
		this.links = links;
		this.passwords = passwords;
		this.properties = properties;
		this.events = events;
		this.clock = clock;
	}

	/** A new account that can sign in with the given password at once. */
	public User create(NewUser request, String via) {
		String hash = this.passwords.hash("password", request.password());
		User user = newUser(request, hash);
		this.events.publishEvent(new UserCreated(user.id(), user.email(), roleName(user.roleId()), via));
		return user;
	}

	/**
	 * A new account without a password, and a one-time link that lets its owner set one.
	 */
	public Invitation invite(NewUser request) {
		User user = newUser(request, null);
		String token = RandomTokens.generate("inv_");
		Instant now = this.clock.instant();
		this.links.insert(OneTimeLinkRepository.INVITATION, token, user.id(), now,
				now.plus(this.properties.invitationValidity()));
		this.events.publishEvent(new UserInvited(user.id(), user.email(), roleName(user.roleId())));
		return new Invitation(user, token);
	}

	@Transactional(readOnly = true)
	public boolean invitationValid(String token) {
		return this.links.isValid(OneTimeLinkRepository.INVITATION, token, this.clock.instant());
	}

	public User acceptInvitation(String token, String password) {
		String hash = this.passwords.hash("password", password);
		UserId id = this.links.consume(OneTimeLinkRepository.INVITATION, token, this.clock.instant())
			.flatMap((user) -> user)
			.orElseThrow(() -> RequestRejected.conflict(null,
					"This invitation link has expired or was already used. Ask an administrator for a new one."));
		User user = require(id).withPasswordHash(hash);
		this.users.update(user);
		this.events.publishEvent(new InvitationAccepted(user.id(), user.email()));
		return user;
	}

	public void setActive(UserId id, boolean active, UserId actingUser) {
		User user = require(id);
		if (user.active() == active) {
			return;
		}
		if (!active) {
			if (id.equals(actingUser)) {
				throw RequestRejected.forbidden("You cannot deactivate yourself; ask another administrator.");
			}
			guardLastAdministrator(user, "deactivate");
		}
		this.users.update(user.withActive(active));
		this.events
			.publishEvent(active ? new UserReactivated(id, user.email()) : new UserDeactivated(id, user.email()));
	}

	public void changeRole(UserId id, RoleId roleId) {
		User user = require(id);
		if (user.roleId().equals(roleId)) {
			return;
		}
		Role role = this.roles.findById(roleId)
			.orElseThrow(() -> RequestRejected.invalid("role", "There is no such role."));
		if (!role.grants(Permission.USER_ADMIN)) {
			guardLastAdministrator(user, "take user administration from");
		}
		this.users.update(user.withRole(roleId));
		this.events.publishEvent(new UserRoleChanged(id, user.email(), roleName(user.roleId()), role.name()));
	}

	public void changePassword(UserId id, String currentPassword, String newPassword) {
		User user = require(id);
		if (user.passwordHash() != null && !this.passwords.matches(currentPassword, user.passwordHash())) {
			throw RequestRejected.invalid("currentPassword", "The current password is not right.");
		}
		this.users.update(user.withPasswordHash(this.passwords.hash("newPassword", newPassword)));
		this.events.publishEvent(new PasswordChanged(id, user.email()));
	}

	@Transactional(readOnly = true)
	public List<User> users() {
		return this.users.findAll();
	}

	@Transactional(readOnly = true)
	public User require(UserId id) {
		return this.users.findById(id).orElseThrow(() -> RequestRejected.notFound("There is no such user."));
	}

	@Transactional(readOnly = true)
	public String roleName(RoleId id) {
		return this.roles.findById(id).map(Role::name).orElse("?");
	}

	/**
	 * The user signing in through single sign-on: the one with this e-mail address (in
	 * any case), or a new one without a password and with the named role. The sign-in is
	 * recorded for active users only; the caller refuses inactive ones.
	 */
	User singleSignOn(String email, String displayName, String roleName) {
		User user = this.users.findByEmail(email).orElseGet(() -> {
			if (this.users.count() == 0) {
				// The first user must be an administrator; one created here with the
				// default role would close first-run setup and leave nobody in charge.
				throw RequestRejected.conflict(null, "Sharpend has no users yet; finish first-run setup first.");
			}
			Role role = this.roles.findByName(roleName)
				.orElseThrow(() -> RequestRejected.invalid("role", "There is no role named " + roleName + "."));
			User created = newUser(new NewUser(email, displayName, null, role.id()), null);
			this.events.publishEvent(new UserCreated(created.id(), created.email(), role.name(), "oidc"));
			return created;
		});
		if (user.active()) {
			this.users.recordLogin(user.id(), this.clock.instant());
		}
		return user;
	}

	void recordLogin(UserId id) {
		this.users.recordLogin(id, this.clock.instant());
	}

	private User newUser(NewUser request, String passwordHash) {
		String email = (request.email() != null) ? request.email().strip() : "";
		if (!EMAIL.matcher(email).matches() || email.length() > 320) {
			throw RequestRejected.invalid("email", "Enter an e-mail address such as name@example.com.");
		}
		String name = (request.displayName() != null && !request.displayName().isBlank())
				? request.displayName().strip() : email.substring(0, email.indexOf('@'));
		if (name.length() > 200) {
			throw RequestRejected.invalid("displayName", "Use a name of at most 200 characters.");
		}
		if (this.roles.findById(request.role()).isEmpty()) {
			throw RequestRejected.invalid("role", "There is no such role.");
		}
		if (this.users.findByEmail(email).isPresent()) {
			throw RequestRejected.conflict("email", "A user with this e-mail address exists already.");
		}
		User user = new User(UserId.random(), email, name, passwordHash, request.role(), true, this.clock.instant(),
				null);
		this.users.insert(user);
		return user;
	}

	private void guardLastAdministrator(User user, String verb) {
		boolean isAdmin = this.roles.findById(user.roleId()).map((r) -> r.grants(Permission.USER_ADMIN)).orElse(false);
		if (isAdmin && user.active() && activeAdministrators() <= 1) {
			throw RequestRejected.conflict(null,
					"You cannot " + verb + " the last active user administrator; give someone else user:admin first.");
		}
	}

	private long activeAdministrators() {
		return this.roles.findAll()
			.stream()
			.filter((role) -> role.grants(Permission.USER_ADMIN))
			.mapToLong((role) -> this.users.countActiveWithRole(role.id()))
			.sum();
	}

	/**
	 * What is needed to create a user.
	 *
	 * @param email sign-in address
	 * @param displayName shown name; defaults to the part of the address before the @
	 * @param password the initial password (ignored for invitations)
	 * @param role the user's role
	 */
	public record NewUser(String email, String displayName, String password, RoleId role) {
	}

	/**
	 * An invited user and the value of the one-time link that lets them set a password.
	 *
	 * @param user the new user
	 * @param token the link's secret part, shown once
	 */
	public record Invitation(User user, String token) {
	}

}
