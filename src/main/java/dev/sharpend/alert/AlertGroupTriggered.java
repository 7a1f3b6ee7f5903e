package dev.sharpend.alert;

/**
 * An alert group opened. An alert firing again after its group resolved opens a new
 * group: it is a new occurrence to respond to.
 *
 * @param group the group
 * @param title its title
 */
public record AlertGroupTriggered(long group, String title) {
}
