package dev.sharpend.provider;

import dev.sharpend.provider.upstream.UpstreamStatus;

import org.springframework.modulith.NamedInterface;

/**
 * One component of a provider's page that changed status.
 *
 * @param name the name the page shows it by
 * @param from its status before ({@link UpstreamStatus#UNKNOWN unknown} for a component
 * listed for the first time)
 * @param to its status now
 */
@NamedInterface("api")
public record UpstreamComponentChange(String name, UpstreamStatus from, UpstreamStatus to) {
}
