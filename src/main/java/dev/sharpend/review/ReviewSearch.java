package dev.sharpend.review;

import java.util.List;
import java.util.Optional;

import dev.sharpend.incident.IncidentLessons;
import dev.sharpend.search.SearchChoice;
import dev.sharpend.search.SearchDocument;
import dev.sharpend.search.SearchField;
import dev.sharpend.search.SearchKind;
import dev.sharpend.system.Permission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What reviews give the search index: reviews, factors (and mitigators) and action items;
 * each review's document also stores its lessons for similar incidents. Documents carry
 * only what every reader with {@code review:read} may see: published reviews only (drafts
 * need {@code review:write}), and personal accounts only once their authors shared them.
 */
@Configuration(proxyBeanMethods = false)
class ReviewSearch {

	static final String REVIEW = IncidentLessons.DOCUMENT_TYPE;

	static final String FACTOR = "factor";

	static final String ACTION_ITEM = "action_item";

	@Bean
	SearchKind reviewSearchKind() {
		return new SearchKind(REVIEW, Permission.REVIEW_READ,
				() -> SearchChoice.each(SearchField.STATUS, ReviewStatus.class, ReviewStatus::label));
	}

	@Bean
	SearchKind factorSearchKind() {
		return new SearchKind(FACTOR, Permission.REVIEW_READ,
				() -> SearchChoice.each(SearchField.FACTOR_TYPE, FactorType.class, FactorType::label));
	}

	@Bean
	SearchKind actionItemSearchKind() {
		return new SearchKind(ACTION_ITEM, Permission.REVIEW_READ,
				() -> SearchChoice.each(SearchField.STATUS, ActionStatus.class, ActionStatus::label));
	}

	static Optional<SearchDocument> document(Review r, ReviewRepository reviews, ReviewPartsRepository parts) {
		if (!r.published()) {
			return Optional.empty();
		}
		StringBuilder body = new StringBuilder();
		reviews.sections(r.id()).values().forEach((text) -> body.append(text).append('\n'));
		parts.accounts(r.id()).stream().filter(Account::shared).forEach((a) -> body.append(a.text()).append('\n'));
		List<Factor> factors = parts.factors(r.id());
		List<String> types = factors.stream().map((f) -> f.type().code()).distinct().toList();
		SearchDocument document = new SearchDocument(REVIEW, Long.toString(r.id()), r.incident(), r.title(),
				body.toString().strip(), r.createdAt(), null, r.status().code(), List.of(), List.of(), types, r.url());
		return Optional.of(document.withStored(IncidentLessons.STORED, lessons(r, factors, parts).toStored()));
	}

	private static IncidentLessons lessons(Review r, List<Factor> factors, ReviewPartsRepository parts) {
		return new IncidentLessons(r.title(), r.url(),
				factors.stream()
					.filter((f) -> !f.mitigator())
					.map((f) -> new IncidentLessons.Factor(f.type().code(), f.description()))
					.toList(),
				parts.actions(r.id())
					.stream()
					.filter((a) -> a.status().pending())
					.map((a) -> new IncidentLessons.OpenAction(a.title(),
							(a.owner() != null) ? a.owner().label() : null, a.due(), a.status().code()))
					.toList());
	}

	static Optional<SearchDocument> document(Factor f, ReviewRepository reviews) {
		return reviews.find(f.review())
			.filter(Review::published)
			.map((r) -> new SearchDocument(FACTOR, Long.toString(f.id()), r.incident(),
					f.type().label() + " " + f.kind() + ": " + r.title(), f.description(), r.createdAt(), null,
					r.status().code(), List.of(), List.of(), List.of(f.type().code()), r.url() + "#factor-" + f.id()));
	}

	static Optional<SearchDocument> document(ActionItem a, ReviewRepository reviews) {
		return reviews.find(a.review())
			.filter(Review::published)
			.map((r) -> new SearchDocument(ACTION_ITEM, Long.toString(a.id()), r.incident(), a.title(),
					a.title() + ((a.reason() != null) ? "\n" + a.reason() : ""), r.createdAt(), null, a.status().code(),
					List.of(), List.of(), List.of(), r.url() + "#action-" + a.id()));
	}

}
