package dev.sharpend.provider.upstream;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One update a provider posted on an incident or maintenance.
 *
 * @param at when the provider says it was posted
 * @param state the state it moved the event to, null when the format does not say
 * @param text what it said, as plain text or the provider's markup
 */
public record UpstreamUpdate(Instant at, @Nullable EventState state, String text) {

}
