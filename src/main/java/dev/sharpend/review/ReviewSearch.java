package dev.sharpend.review;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import dev.sharpend.search.IncidentLessons;
import dev.sharpend.search.SearchDocument;
import dev.sharpend.search.SearchSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reviews give the search index: reviews, factors (and mitigators) and action items,
 * and the lessons shown next to similar incidents. Documents carry only what every reader
 * with {@code review:read} may see: published reviews only (drafts need
 * {@code review:write}), and personal accounts only once their authors shared them.
 */
@Configuration(proxyBeanMethods = false)
class ReviewSearch {

	static final String REVIEW = "review";

	static final String FACTOR = "factor";

	static final String ACTION_ITEM = "action_item";

	@Bean
	SearchSource reviewSearchSource(ReviewRepository reviews, ReviewPartsRepository parts) {
		return source(REVIEW,
				(consumer) -> reviews.list(true, Integer.MAX_VALUE)
					.stream()
					.filter(Review::published)
					.forEach((r) -> consumer.accept(document(r, reviews, parts))),
				(id) -> reviews.find(id).filter(Review::published).map((r) -> document(r, reviews, parts)));
	}

	@Bean
	SearchSource factorSearchSource(ReviewRepository reviews, ReviewPartsRepository parts) {
		return source(FACTOR, (consumer) -> parts.allFactors().forEach((f) -> document(f, reviews).ifPresent(consumer)),
				(id) -> parts.factor(id).flatMap((f) -> document(f, reviews)));
	}

	@Bean
	SearchSource actionItemSearchSource(ReviewRepository reviews, ReviewPartsRepository parts) {
		return source(ACTION_ITEM,
				(consumer) -> parts.allActions().forEach((a) -> document(a, reviews).ifPresent(consumer)),
				(id) -> parts.action(id).flatMap((a) -> document(a, reviews)));
	}

	@Bean
	IncidentLessons incidentLessons(ReviewRepository reviews, ReviewPartsRepository parts) {
		return new Lessons(reviews, parts);
	}

	static SearchDocument document(Review r, ReviewRepository reviews, ReviewPartsRepository parts) {
		StringBuilder body = new StringBuilder();
		reviews.sections(r.id()).values().forEach((text) -> body.append(text).append('\n'));
		parts.accounts(r.id()).stream().filter(Account::shared).forEach((a) -> body.append(a.text()).append('\n'));
		List<String> types = parts.factors(r.id()).stream().map((f) -> f.type().code()).distinct().toList();
		return new SearchDocument(REVIEW, Long.toString(r.id()), r.incident(), r.title(), body.toString().strip(),
				r.createdAt(), null, r.status().code(), List.of(), List.of(), types, r.url());
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

	private static SearchSource source(String type, Consumer<Consumer<SearchDocument>> all,
			java.util.function.Function<Long, Optional<SearchDocument>> one) {
		return new SearchSource() {

			@Override
			public String type() {
				return type;
			}

			@Override
			@Transactional(readOnly = true)
			public void forEach(Consumer<SearchDocument> consumer) {
				all.accept(consumer);
			}

			@Override
			public Optional<SearchDocument> find(String id) {
				try {
					return one.apply(Long.parseLong(id));
				}
				catch (NumberFormatException ex) {
					return Optional.empty();
				}
			}

		};
	}

	/** Lessons from the reviews of past incidents. */
	record Lessons(ReviewRepository reviews, ReviewPartsRepository parts) implements IncidentLessons {

		@Override
		public Map<Long, IncidentLessons.Lessons> forIncidents(Collection<Long> incidents) {
			Map<Long, List<Review>> byIncident = this.reviews.forIncidents(List.copyOf(incidents))
				.stream()
				.filter(Review::published)
				.collect(Collectors.groupingBy(Review::incident));
			Map<Long, IncidentLessons.Lessons> lessons = new HashMap<>();
			byIncident.forEach((incident, list) -> lessons.put(incident, lessons(list)));
			return lessons;
		}

		private IncidentLessons.Lessons lessons(List<Review> list) {
			Review latest = list.get(list.size() - 1);
			List<dev.sharpend.review.Factor> factors = list.stream()
				.flatMap((r) -> this.parts.factors(r.id()).stream())
				.filter((f) -> !f.mitigator())
				.toList();
			List<ActionItem> open = list.stream()
				.flatMap((r) -> this.parts.actions(r.id()).stream())
				.filter((a) -> a.status().pending())
				.toList();
			return new IncidentLessons.Lessons(latest.title(), latest.url(),
					factors.stream().map((f) -> new IncidentLessons.Factor(f.type().code(), f.description())).toList(),
					open.stream()
						.map((a) -> new IncidentLessons.OpenAction(a.title(), a.owner(), a.due(), a.status().code()))
						.toList());
		}

	}

}
