package dev.sharpend.provider.upstream;

import org.jspecify.annotations.Nullable;

/**
 * One part of a provider's service as its page lists it.
 *
 * @param id the provider's identifier (its name where the format has none)
 * @param name the name the page shows
 * @param group the group the page files it under, null when none
 * @param status its status now
 */
public record UpstreamComponent(String id, String name, @Nullable String group, UpstreamStatus status) {

	/** A component outside any group. */
	public static UpstreamComponent of(String id, String name, UpstreamStatus status) {
		return new UpstreamComponent(id, name, null, status);
	}

	/** The same component filed under {@code group} (none when null). */
	public UpstreamComponent in(@Nullable String group) {
		return new UpstreamComponent(this.id, this.name, group, this.status);
	}

}
