package dev.sharpend.search;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import dev.sharpend.system.Permission;

import org.springframework.modulith.NamedInterface;

/**
 * A module's searchable things. The search index asks every source for all its documents
 * when it rebuilds, and for one document when a {@link SearchIndexChanged} names it.
 */
@NamedInterface("api")
public interface SearchSource {

	/** The document type this source answers for. */
	String type();

	/** Hands every document of this type to the consumer, streaming, for a rebuild. */
	void forEach(Consumer<SearchDocument> consumer);

	/** The current document, or empty when it was deleted. */
	Optional<SearchDocument> find(String id);

	/**
	 * The permission a caller needs to see this type's documents in search results:
	 * {@code incident:read} for incidents and their timelines, {@code review:read} for
	 * everything else unless a source says otherwise.
	 */
	default Permission readPermission() {
		return Set.of("incident", "timeline_entry").contains(type()) ? Permission.INCIDENT_READ
				: Permission.REVIEW_READ;
	}

}
