package dev.sharpend.review;

import dev.sharpend.system.WireCode;

/**
 * The sections a template may put in a review. Prose sections hold Markdown; the others
 * show structured parts of the review (impact times, curated timeline, accounts, factors,
 * mitigators, action items).
 */
public enum SectionKey implements WireCode {

	/** What happened, in a few sentences. */
	SUMMARY("summary", "Summary", true),

	/** Who and what was affected, with the derived times. */
	IMPACT("impact", "Impact", true),

	/** What set it off. */
	TRIGGER("trigger", "Trigger", true),

	/** The chosen, annotated timeline entries. */
	TIMELINE("timeline", "Timeline", false),

	/** Personal accounts of the participants. */
	ACCOUNTS("accounts", "Personal accounts", false),

	/** Contributing factors. */
	FACTORS("factors", "Contributing factors", false),

	/** What limited the impact. */
	MITIGATORS("mitigators", "Mitigators", false),

	/** Weak spots that did not contribute this time. */
	RISKS("risks", "Risks", true),

	/** What surprised us. */
	SURPRISES("surprises", "What surprised us", true),

	/** Where we got lucky. */
	LUCKY("lucky", "Where we got lucky", true),

	/** What went well. */
	WENT_WELL("went_well", "What went well", true),

	/** What went wrong. */
	WENT_WRONG("went_wrong", "What went wrong", true),

	/** Questions still open. */
	QUESTIONS("questions", "Open questions", true),

	/** Action items. */
	ACTIONS("actions", "Action items", false);

	private final String code;

	private final String label;

	private final boolean prose;

	SectionKey(String code, String label, boolean prose) {
		this.code = code;
		this.label = label;
		this.prose = prose;
	}

	@Override
	public String code() {
		return this.code;
	}

	public String label() {
		return this.label;
	}

	/** Whether the section is Markdown people write (the others are structured). */
	public boolean prose() {
		return this.prose;
	}

}
