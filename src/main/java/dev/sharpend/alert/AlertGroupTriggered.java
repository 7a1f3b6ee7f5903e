package dev.sharpend.alert;

import org.springframework.modulith.NamedInterface;

/**
 * An alert group opened. An alert firing again after its group resolved opens a new
 * group: it is a new occurrence to respond to.
 *
 * @param group the group
 * @param title its title
 */
@NamedInterface("api")
public record AlertGroupTriggered(long group, String title) {
}
