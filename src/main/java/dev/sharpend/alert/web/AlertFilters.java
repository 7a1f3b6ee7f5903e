package dev.sharpend.alert.web;

import java.util.UUID;

import dev.sharpend.alert.AlertBoard;
import dev.sharpend.system.RequestRejected;

/** Reads the filters of the alert lists from query parameters. */
final class AlertFilters {

	/** Rows on one page of the alert lists. */
	static final int PAGE_SIZE = 25;

	private AlertFilters() {
	}

	/** The integration to filter by, or null for all. */
	static UUID integration(String id) {
		if (id == null || id.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.invalid("integration", "There is no integration " + id + ".");
		}
	}

	/** The alert state to show, or null for all. */
	static AlertBoard.AlertView view(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		for (AlertBoard.AlertView view : AlertBoard.AlertView.values()) {
			if (view.code().equals(code)) {
				return view;
			}
		}
		throw RequestRejected.invalid("status", "Show firing, suppressed or resolved alerts, or all of them.");
	}

	/** An integration id from a path, or 404. */
	static UUID integrationPath(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw RequestRejected.notFound("There is no integration " + id + ".");
		}
	}

}
