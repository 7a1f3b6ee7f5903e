package dev.sharpend.review;

import java.util.Optional;

import dev.sharpend.search.SearchDocument;
import dev.sharpend.search.SearchDocuments;
import dev.sharpend.search.SearchRebuildRequested;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Pushes review documents to search once a change committed. Each push reads the review
 * afresh while holding its row, so pushes for one review happen one after the other and
 * the last one carries the latest state.
 */
@Component
class ReviewIndexing {

	private final ReviewRepository reviews;

	private final ReviewPartsRepository parts;

	private final SearchDocuments documents;

	private final TransactionTemplate perReview;

	ReviewIndexing(ReviewRepository reviews, ReviewPartsRepository parts, SearchDocuments documents,
			PlatformTransactionManager transactions) {
		this.reviews = reviews;
		this.parts = parts;
		this.documents = documents;
		this.perReview = new TransactionTemplate(transactions);
		this.perReview.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@ApplicationModuleListener
	void on(ReviewIndexStale stale) {
		this.reviews.lock(stale.review());
		push(stale.type(), stale.id());
	}

	/** Pushes every review with its factors and action items, one review at a time. */
	@ApplicationModuleListener
	void on(SearchRebuildRequested requested) {
		for (Review review : this.reviews.list(true, Integer.MAX_VALUE)) {
			this.perReview.executeWithoutResult((status) -> {
				this.reviews.lock(review.id());
				push(ReviewSearch.REVIEW, review.id());
				this.parts.factors(review.id()).forEach((f) -> push(ReviewSearch.FACTOR, f.id()));
				this.parts.actions(review.id()).forEach((a) -> push(ReviewSearch.ACTION_ITEM, a.id()));
			});
		}
	}

	private void push(String type, long id) {
		Optional<SearchDocument> document = switch (type) {
			case ReviewSearch.REVIEW ->
				this.reviews.find(id).flatMap((r) -> ReviewSearch.document(r, this.reviews, this.parts));
			case ReviewSearch.FACTOR -> this.parts.factor(id).flatMap((f) -> ReviewSearch.document(f, this.reviews));
			case ReviewSearch.ACTION_ITEM ->
				this.parts.action(id).flatMap((a) -> ReviewSearch.document(a, this.reviews));
			default -> throw new IllegalArgumentException("No review document type " + type);
		};
		document.ifPresentOrElse(this.documents::put, () -> this.documents.remove(type, Long.toString(id)));
	}

}
