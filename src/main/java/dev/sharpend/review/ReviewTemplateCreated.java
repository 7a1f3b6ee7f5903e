package dev.sharpend.review;

import dev.sharpend.system.AuditedChange;

/**
 * A review template was added; reviews may start from it from now on.
 *
 * @param template the new template's id
 * @param summary its name and sections
 */
record ReviewTemplateCreated(String template, String summary) implements AuditedChange {

	@Override
	public String action() {
		return "review.template_created";
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
