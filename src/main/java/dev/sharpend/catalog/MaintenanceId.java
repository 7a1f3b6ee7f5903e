package dev.sharpend.catalog;

import org.springframework.modulith.NamedInterface;

/**
 * Identifies a maintenance window by the id its owner gave it: the status page uses the
 * id of the maintenance it announced, so whoever links to the window (a suppressed alert)
 * shows the same value as the page.
 */
@NamedInterface("api")
public record MaintenanceId(String value) {

	public MaintenanceId {
		if (value == null || !value.matches("[a-z0-9]{1,16}")) {
			throw new IllegalArgumentException("not an id: " + value);
		}
	}

	@Override
	public String toString() {
		return this.value;
	}

}
