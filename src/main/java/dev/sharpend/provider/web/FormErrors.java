package dev.sharpend.provider.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.sharpend.system.RequestRejected;

/**
 * Why the provider form was refused, so the message shows beside the field it names, or
 * above the form when it names none.
 *
 * @param field the field in error, or null
 * @param message what to do, or null when nothing was refused
 */
record FormErrors(@Nullable String field, @Nullable String message) {

	static final FormErrors NONE = new FormErrors(null, null);

	private static final Set<String> FIELDS = Set.of("name", "kind", "tenancy", "lifecycle", "plan", "support",
			"dataHeld", "sensitivity", "access", "credentialsLocation", "securityNotes", "contractRenewal",
			"nextReview", "statusPage", "statusFeed", "statusFormat", "statusProducts", "statusLocations",
			"statusRegions", "statusPollIntervalSeconds", "dependsOn", "components");

	static FormErrors of(RequestRejected ex) {
		return new FormErrors(ex.field(), ex.getMessage());
	}

	/** The message for a field, or null. */
	public @Nullable String at(String name) {
		return (this.message != null && name.equals(this.field)) ? this.message : null;
	}

	/** The message when it names no field the form shows it beside. */
	public @Nullable String general() {
		return (this.field != null && FIELDS.contains(this.field)) ? null : this.message;
	}

}
