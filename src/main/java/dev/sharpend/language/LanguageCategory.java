package dev.sharpend.language;

import java.util.Arrays;
import java.util.Optional;

/**
 * A kind of wording that works against a blameless review. The {@link #wireName()} is
 * what the API and the pages show.
 */
public enum LanguageCategory {

	/** What people should, could or would have done: a world that did not happen. */
	COUNTERFACTUAL("counterfactual"),

	/**
	 * Knowledge only available afterwards presented as if it was at hand: obviously,
	 * clearly, just.
	 */
	HINDSIGHT("hindsight"),

	/** Judgements of people: human error, careless, didn't follow procedure. */
	BLAME("blame"),

	/** One cause presented as the whole story: the root cause, the cause was. */
	SINGLE_CAUSE("single_cause"),

	/** A question starting "why did", which asks people to justify themselves. */
	WHY_QUESTION("why_question"),

	/** One of the given people named as the subject of a failure. */
	NAMED_PERSON("named_person");

	private final String wireName;

	LanguageCategory(String wireName) {
		this.wireName = wireName;
	}

	/** The stable name, such as {@code single_cause}. */
	public String wireName() {
		return this.wireName;
	}

	public static Optional<LanguageCategory> fromWireName(String name) {
		return Arrays.stream(values()).filter((c) -> c.wireName.equals(name)).findFirst();
	}

	@Override
	public String toString() {
		return this.wireName;
	}

}
