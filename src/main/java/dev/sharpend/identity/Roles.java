package dev.sharpend.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Roles and the permissions they bundle; administrators edit them. */
@Service
@Transactional
@NamedInterface("api")
public class Roles {

	private final RoleRepository repository;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Roles(RoleRepository repository, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Role> all() {
		return this.repository.findAll();
	}

	@Transactional(readOnly = true)
	public Role require(RoleId id) {
		return this.repository.findById(id).orElseThrow(() -> RequestRejected.notFound("There is no such role."));
	}

	public Role create(String name, String description, Set<Permission> permissions) {
		String cleanName = validName(name, null);
		Role role = new Role(new RoleId(UUID.randomUUID()), cleanName, clean(description), false, copy(permissions));
		this.repository.insert(role, this.clock.instant());
		this.events.publishEvent(new RoleCreated(role.id(), role.name(), codes(role.permissions())));
		return role;
	}

	public Role update(RoleId id, String name, String description, Set<Permission> permissions) {
		Role current = require(id);
		Set<Permission> wanted = copy(permissions);
		if (current.id().equals(RoleId.ADMIN) && !wanted.contains(Permission.USER_ADMIN)) {
			throw RequestRejected.invalid("permissions",
					"The Admin role keeps user:admin, so that someone can always manage users and roles.");
		}
		Role updated = new Role(id, validName(name, id), clean(description), current.builtin(), wanted);
		this.repository.update(updated);
		Set<Permission> added = copy(wanted);
		added.removeAll(current.permissions());
		Set<Permission> removed = copy(current.permissions());
		removed.removeAll(wanted);
		this.events.publishEvent(new RoleChanged(id, updated.name(), codes(added), codes(removed)));
		return updated;
	}

	private String validName(String name, RoleId self) {
		String clean = clean(name);
		if (clean.isEmpty() || clean.length() > 80) {
			throw RequestRejected.invalid("name", "Give the role a name of 1 to 80 characters.");
		}
		this.repository.findByName(clean).filter((other) -> !other.id().equals(self)).ifPresent((other) -> {
			throw RequestRejected.conflict("name", "A role named " + clean + " exists already.");
		});
		return clean;
	}

	private static String clean(String text) {
		return (text != null) ? text.strip() : "";
	}

	private static Set<Permission> copy(Set<Permission> permissions) {
		return (permissions == null || permissions.isEmpty()) ? EnumSet.noneOf(Permission.class)
				: EnumSet.copyOf(permissions);
	}

	static String codes(Set<Permission> permissions) {
		return permissions.stream().map(Permission::code).sorted().collect(Collectors.joining(" ", "[", "]"));
	}

}
