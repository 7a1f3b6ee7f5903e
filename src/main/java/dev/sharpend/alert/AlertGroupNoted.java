package dev.sharpend.alert;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * A person wrote a note on an alert group: insights count it as action on the group.
 *
 * @param group the group
 * @param by who wrote it
 * @param at when
 */
@NamedInterface("api")
public record AlertGroupNoted(long group, String by, Instant at) {
}
