package dev.sharpend.review;

import dev.sharpend.system.AuditedChange;

/**
 * A review template was renamed or its sections changed; reviews started later use it.
 *
 * @param template the template's id
 * @param summary what changed
 */
record ReviewTemplateChanged(String template, String summary) implements AuditedChange {

	@Override
	public String action() {
		return "review.template_changed";
	}

	@Override
	public String targetType() {
		return "review_template";
	}

	@Override
	public String targetId() {
		return this.template;
	}

}
