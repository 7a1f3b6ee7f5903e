package dev.sharpend.identity;

import java.util.Set;

import dev.sharpend.system.Permission;

/**
 * A named bundle of permissions. Every user has exactly one role.
 *
 * @param id the role's id
 * @param name unique name shown to people
 * @param description what the role is for
 * @param builtin whether Sharpend created it (built-in roles can be edited, not deleted)
 * @param permissions what holders of the role may do
 */
public record Role(RoleId id, String name, String description, boolean builtin, Set<Permission> permissions) {

	public boolean grants(Permission permission) {
		return this.permissions.contains(permission);
	}

}
