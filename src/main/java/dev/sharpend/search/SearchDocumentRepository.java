package dev.sharpend.search;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import tools.jackson.databind.json.JsonMapper;

import dev.sharpend.system.Timestamps;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The pushed documents, each as JSON, keyed by type and id. */
@Repository
class SearchDocumentRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final JdbcTemplate streaming;

	SearchDocumentRepository(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.streaming = new JdbcTemplate(dataSource);
		// A rebuild streams a large history through a cursor instead of loading it whole.
		this.streaming.setFetchSize(500);
	}

	// Callers serialise the puts of one document (see SearchDocuments), so an update
	// that found no row can insert without racing another insert.
	void save(SearchDocument document, Instant now) {
		String content = JSON.writeValueAsString(document);
		int updated = this.jdbc.sql(
				"update search_document set content = :content, changed_at = :now where doc_type = :type and doc_id = :id")
			.param("content", content)
			.param("now", Timestamps.toColumn(now))
			.param("type", document.type())
			.param("id", document.id())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					insert into search_document (doc_type, doc_id, content, changed_at)
					values (:type, :id, :content, :now)""")
				.param("type", document.type())
				.param("id", document.id())
				.param("content", content)
				.param("now", Timestamps.toColumn(now))
				.update();
		}
	}

	boolean delete(String type, String id) {
		return this.jdbc.sql("delete from search_document where doc_type = :type and doc_id = :id")
			.param("type", type)
			.param("id", id)
			.update() > 0;
	}

	Optional<SearchDocument> find(String type, String id) {
		return this.jdbc.sql("select content from search_document where doc_type = :type and doc_id = :id")
			.param("type", type)
			.param("id", id)
			.query((rs, row) -> read(rs.getString(1)))
			.optional();
	}

	/** Hands every stored document to the consumer, streaming. */
	@Transactional(readOnly = true)
	void forEach(Consumer<SearchDocument> consumer) {
		this.streaming.query("select content from search_document",
				(RowCallbackHandler) (rs) -> consumer.accept(read(rs.getString(1))));
	}

	private static SearchDocument read(String content) {
		return JSON.readValue(content, SearchDocument.class);
	}

}
