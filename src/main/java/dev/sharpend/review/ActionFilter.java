package dev.sharpend.review;

/**
 * Which action items to list.
 *
 * @param status only this status, or null for all
 * @param owner only this owner, or null for all
 * @param overdue only pending items past their due date
 */
public record ActionFilter(ActionStatus status, String owner, boolean overdue) {
}
