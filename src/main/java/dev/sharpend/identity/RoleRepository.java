package dev.sharpend.identity;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.sharpend.system.Permission;
import dev.sharpend.system.Timestamps;
import dev.sharpend.system.WireCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RoleRepository {

	private final JdbcClient jdbc;

	RoleRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Role> findAll() {
		Map<UUID, Set<Permission>> permissions = permissionsByRole();
		return this.jdbc.sql("select * from role order by builtin desc, name").query((rs, row) -> {
			UUID id = rs.getObject("id", UUID.class);
			return new Role(new RoleId(id), rs.getString("name"), rs.getString("description"), rs.getBoolean("builtin"),
					permissions.getOrDefault(id, EnumSet.noneOf(Permission.class)));
		}).list();
	}

	Optional<Role> findById(RoleId id) {
		return findAll().stream().filter((role) -> role.id().equals(id)).findFirst();
	}

	Optional<Role> findByName(String name) {
		return findAll().stream().filter((role) -> role.name().equalsIgnoreCase(name)).findFirst();
	}

	void insert(Role role, java.time.Instant at) {
		this.jdbc.sql(
				"insert into role (id, name, description, builtin, created_at) values (:id, :name, :description, false, :at)")
			.param("id", role.id().value())
			.param("name", role.name())
			.param("description", role.description())
			.param("at", Timestamps.toColumn(at))
			.update();
		replacePermissions(role);
	}

	void update(Role role) {
		this.jdbc.sql("update role set name = :name, description = :description where id = :id")
			.param("id", role.id().value())
			.param("name", role.name())
			.param("description", role.description())
			.update();
		replacePermissions(role);
	}

	private void replacePermissions(Role role) {
		this.jdbc.sql("delete from role_permission where role_id = :id").param("id", role.id().value()).update();
		for (Permission permission : role.permissions()) {
			this.jdbc.sql("insert into role_permission (role_id, permission) values (:id, :permission)")
				.param("id", role.id().value())
				.param("permission", permission.code())
				.update();
		}
	}

	private Map<UUID, Set<Permission>> permissionsByRole() {
		return this.jdbc.sql("select role_id, permission from role_permission")
			.query((rs, row) -> Map.entry(rs.getObject("role_id", UUID.class), rs.getString("permission")))
			.list()
			.stream()
			.filter((e) -> WireCode.find(Permission.class, e.getValue()).isPresent())
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping((e) -> WireCode.find(Permission.class, e.getValue()).orElseThrow(),
							Collectors.toCollection(() -> EnumSet.noneOf(Permission.class)))));
	}

}
