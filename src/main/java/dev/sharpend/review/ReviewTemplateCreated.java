package dev.sharpend.review;

import dev.sharpend.system.Audited;
import dev.sharpend.system.AuditedChange;

/**
 * A review template was added; reviews may start from it from now on.
 *
 * @param template the new template's id
 * @param summary its name and sections
 */
@Audited(action = "review.template_created", target = "review_template")
record ReviewTemplateCreated(@Audited.Id String template, String summary) implements AuditedChange {
}
