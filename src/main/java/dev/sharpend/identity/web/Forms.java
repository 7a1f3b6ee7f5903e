package dev.sharpend.identity.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.sharpend.system.Permission;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

import org.springframework.ui.Model;

/** Small pieces the HTML forms of this package share. */
final class Forms {

	/** Key of an error that belongs to the whole form rather than one field. */
	static final String FORM = "form";

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private Forms() {
	}

	/** Errors by field name, for showing each message beside its field. */
	static Map<String, String> errors(RequestRejected ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put((ex.field() != null) ? ex.field() : FORM, ex.getMessage());
		return errors;
	}

	static void addIfAbsent(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

	static String show(Instant instant) {
		return (instant != null) ? SHOWN.format(instant) : "";
	}

	/** Permission codes as submitted by checkboxes; unknown codes are rejected. */
	static Set<Permission> permissions(Collection<String> codes) {
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		for (String code : (codes != null) ? codes : List.<String>of()) {
			permissions.add(WireCode.find(Permission.class, code)
				.orElseThrow(() -> RequestRejected.invalid("permissions", "There is no permission " + code + ".")));
		}
		return permissions;
	}

	/** One checkbox per offered permission, ticked when chosen. */
	static List<PermissionOption> options(Collection<Permission> offered, Collection<String> chosen) {
		List<PermissionOption> options = new ArrayList<>();
		for (Permission permission : offered) {
			options.add(new PermissionOption(permission.code(), permission.description(),
					chosen != null && chosen.contains(permission.code())));
		}
		return options;
	}

	static List<String> codes(Collection<Permission> permissions) {
		return permissions.stream().map(Permission::code).sorted().toList();
	}

	/**
	 * A permission checkbox.
	 *
	 * @param code the permission's code, the checkbox value
	 * @param description what it allows
	 * @param checked whether it is ticked
	 */
	record PermissionOption(String code, String description, boolean checked) {

		/** An id for the checkbox, so that its label can point at it. */
		String id() {
			return "perm-" + this.code.replace(':', '-');
		}

	}

}
