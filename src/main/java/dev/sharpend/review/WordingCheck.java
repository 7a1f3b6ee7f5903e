package dev.sharpend.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.sharpend.identity.Accounts;
import dev.sharpend.identity.User;
import dev.sharpend.incident.IncidentHistory;
import dev.sharpend.incident.IncidentResponse;
import dev.sharpend.language.LanguageFinding;
import dev.sharpend.language.LanguageReview;

import org.springframework.stereotype.Component;

/**
 * The blameless language review of a whole review before it is published: every prose
 * section and every factor and mitigator, with the incident's participants as the people
 * to watch for. Personal accounts are their authors' own words and are not checked here.
 */
@Component
class WordingCheck {

	private final LanguageReview language;

	private final ReviewRepository reviews;

	private final ReviewPartsRepository parts;

	private final IncidentResponse incidents;

	private final Accounts accounts;

	WordingCheck(LanguageReview language, ReviewRepository reviews, ReviewPartsRepository parts,
			IncidentResponse incidents, Accounts accounts) {
		this.language = language;
		this.reviews = reviews;
		this.parts = parts;
		this.incidents = incidents;
		this.accounts = accounts;
	}

	List<WordingFinding> findings(Review review) {
		Set<String> people = people(review);
		List<WordingFinding> found = new ArrayList<>();
		Map<String, String> sections = this.reviews.sections(review.id());
		for (SectionKey key : SectionKey.values()) {
			String text = sections.get(key.code());
			if (key.prose() && text != null) {
				collect(found, key.code(), key.label(), text, people);
			}
		}
		for (Factor factor : this.parts.factors(review.id())) {
			String kind = factor.mitigator() ? "mitigator" : "factor";
			collect(found, kind + "-" + factor.id(), factor.mitigator() ? "Mitigator" : "Contributing factor",
					factor.description(), people);
		}
		return found;
	}

	/**
	 * The names people are known by: display names, and the part of an e-mail before
	 * the @.
	 */
	Set<String> people(Review review) {
		if (review.incident() == null) {
			return Set.of();
		}
		IncidentHistory history = this.incidents.history(review.incident());
		Set<String> involved = new LinkedHashSet<>(history.participants());
		if (history.commander() != null) {
			involved.add(history.commander());
		}
		Set<String> names = new LinkedHashSet<>();
		Map<String, String> displayNames = displayNames();
		for (String person : involved) {
			String key = person.toLowerCase(Locale.ROOT);
			if (displayNames.containsKey(key)) {
				names.add(displayNames.get(key));
			}
			int at = person.indexOf('@');
			names.add((at > 0) ? person.substring(0, at) : person);
		}
		return names;
	}

	private Map<String, String> displayNames() {
		Map<String, String> names = new java.util.HashMap<>();
		for (User user : this.accounts.users()) {
			if (user.displayName() != null && !user.displayName().isBlank()) {
				names.put(user.email().toLowerCase(Locale.ROOT), user.displayName());
			}
		}
		return names;
	}

	private void collect(List<WordingFinding> found, String where, String label, String text,
			Collection<String> people) {
		for (LanguageFinding finding : this.language.review(text, people)) {
			found.add(new WordingFinding(where, label, finding));
		}
	}

}
