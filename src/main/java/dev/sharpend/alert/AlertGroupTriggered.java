package dev.sharpend.alert;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * An alert group opened. An alert firing again after its group resolved opens a new
 * group: it is a new occurrence to respond to.
 *
 * @param group the group
 * @param title its title
 * @param rule its alert rule in words, as {@link AlertGroup#rule()} gives it
 * @param integration the integration its alerts come from
 * @param at when it opened
 */
@NamedInterface("api")
public record AlertGroupTriggered(long group, String title, String rule, UUID integration, Instant at) {
}
