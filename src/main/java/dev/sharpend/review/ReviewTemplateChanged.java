package dev.sharpend.review;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A review template was renamed or its sections changed; reviews started later use it.
 *
 * @param template the template's id
 * @param summary what changed
 */
@Audited(action = "review.template_changed", target = "review_template")
record ReviewTemplateChanged(@Audited.Id String template, String summary) implements AuditedChange {
}
