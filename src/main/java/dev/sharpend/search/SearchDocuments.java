package dev.sharpend.search;

import java.time.Clock;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where modules push what is searchable: each document is stored durably, in the caller's
 * transaction, and every node's index picks it up within a poll once that transaction
 * committed. The caller owns the content: the last put of a document wins, so calls for
 * one document must not race (a module pushes after its own commit, holding a lock on the
 * thing the document describes, and reads it fresh under that lock).
 */
@Service
@NamedInterface("api")
public class SearchDocuments {

	private final SearchDocumentRepository documents;

	private final SearchChangeRepository changes;

	private final Clock clock;

	SearchDocuments(SearchDocumentRepository documents, SearchChangeRepository changes, Clock clock) {
		this.documents = documents;
		this.changes = changes;
		this.clock = clock;
	}

	/** Stores this document, replacing the one of the same type and id. */
	@Transactional
	public void put(SearchDocument document) {
		this.documents.save(document, this.clock.instant());
		this.changes.insert(document.type(), document.id(), this.clock.instant());
	}

	/** Removes the document of this type and id, if there is one. */
	@Transactional
	public void remove(String type, String id) {
		if (this.documents.delete(type, id)) {
			this.changes.insert(type, id, this.clock.instant());
		}
	}

}
