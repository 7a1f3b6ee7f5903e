package dev.sharpend.statuspage.web;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;
import dev.sharpend.catalog.PageId;
import dev.sharpend.statuspage.Impact;
import dev.sharpend.statuspage.ImpactOverride;
import dev.sharpend.statuspage.NoticeId;
import dev.sharpend.statuspage.NoticeStatus;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

/**
 * Parses wire values into the model, rejecting unknown ones with the accepted values
 * listed.
 */
public final class Codes {

	private Codes() {
	}

	public static ComponentStatus componentStatus(String code, String field) {
		if (code == null) {
			return null;
		}
		return WireCode.parse(EnumSet.allOf(ComponentStatus.class), code, field, "component status");
	}

	public static NoticeStatus noticeStatus(String code) {
		if (code == null) {
			return null;
		}
		return WireCode.parse(NoticeStatus.class, code, "status");
	}

	/** An impact override; null (and {@code derived}) for none. */
	public static Impact impact(String code, String field) {
		if (code == null || ImpactOverride.DERIVED_CODE.equals(code)) {
			return null;
		}
		return WireCode.find(Impact.class, code)
			.filter((i) -> i != Impact.MAINTENANCE)
			.orElseThrow(() -> RequestRejected.invalid(field, "Unknown impact \"" + code
					+ "\"; use one of none, minor, major, critical, or derived to follow the components."));
	}

	/**
	 * An impact override change: null keeps the override, {@code derived} drops it, any
	 * other code sets it.
	 */
	public static ImpactOverride impactOverride(String code, String field) {
		return ImpactOverride.DERIVED_CODE.equals(code) ? ImpactOverride.DERIVED
				: ImpactOverride.of(impact(code, field));
	}

	public static PageId page(String id) {
		try {
			return new PageId(id);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.notFound("There is no status page " + id + ".");
		}
	}

	public static NoticeId notice(String id) {
		try {
			return new NoticeId(id);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.notFound("There is no status incident or maintenance " + id + ".");
		}
	}

	public static ComponentId component(String id, String field) {
		return ComponentId.parse(id, field);
	}

	public static Map<ComponentId, ComponentStatus> componentStatuses(Map<String, String> statuses, String field) {
		Map<ComponentId, ComponentStatus> parsed = new LinkedHashMap<>();
		if (statuses != null) {
			statuses.forEach((id, status) -> {
				if (status == null || status.isBlank()) {
					throw RequestRejected.invalid(field, field + "." + id
							+ " needs a status, such as \"operational\"; leave the component out to keep its status.");
				}
				parsed.put(component(id, field), componentStatus(status, field));
			});
		}
		return parsed;
	}

	public static List<ComponentId> componentIds(List<String> ids, String field) {
		return (ids != null) ? ids.stream().map((id) -> component(id, field)).toList() : List.of();
	}

}
