package dev.sharpend.review;

import java.util.List;
import java.util.Map;

import dev.sharpend.identity.Person;

/**
 * A review as one viewer may read it: personal accounts they may not see are left out.
 *
 * @param review the review
 * @param template its template
 * @param sections prose sections by key code
 * @param accounts the accounts this viewer may read
 * @param factors contributing factors
 * @param mitigators mitigators
 * @param timeline the curated timeline, in order of occurrence
 * @param actions action items
 * @param facilitator who facilitates, or null
 */
public record ReviewDocument(Review review, ReviewTemplate template, Map<String, String> sections,
		List<Account> accounts, List<Factor> factors, List<Factor> mitigators, List<CuratedEntry> timeline,
		List<ActionItem> actions, Person facilitator) {

	public String section(SectionKey key) {
		return this.sections.getOrDefault(key.code(), "");
	}

}
