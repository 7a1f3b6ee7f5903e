package dev.sharpend.search;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * A module's searchable things. The search index asks every source for all its documents
 * when it rebuilds, and for one document when a {@link SearchIndexChanged} names it.
 */
public interface SearchSource {

	/** The document type this source answers for. */
	String type();

	/** Hands every document of this type to the consumer, streaming, for a rebuild. */
	void forEach(Consumer<SearchDocument> consumer);

	/** The current document, or empty when it was deleted. */
	Optional<SearchDocument> find(String id);

}
