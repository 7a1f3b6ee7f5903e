package dev.sharpend.review;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A review or a part of it (section, account, factor, action item) was written.
 *
 * @param action such as {@code review.created} or {@code review.account_shared}
 * @param review the review's id
 * @param summary the changed fields; never a personal account's text
 */
@Audited(target = "review")
record ReviewChanged(String action, @Audited.Id long review, String summary) implements AuditedChange {
}
