package dev.sharpend.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One node's Lucene index: a writer, a near-real-time searcher, and in each commit the
 * schema version, the last change sequence it contains and when it was made.
 */
final class SearchIndex implements Closeable {

	/** Raise when fields or analysis change: every node then rebuilds its index. */
	static final String SCHEMA = "3";

	private static final String SCHEMA_KEY = "schema";

	private static final String SEQUENCE_KEY = "sequence";

	private static final String COMMITTED_KEY = "committedAt";

	private final Analyzer analyzer = new EnglishAnalyzer();

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Map<String, String> lastCommit;

	private SearchIndex(Directory directory, Map<String, String> lastCommit) throws IOException {
		this.directory = directory;
		this.lastCommit = lastCommit;
		IndexWriterConfig config = new IndexWriterConfig(this.analyzer);
		config.setRAMBufferSizeMB(32);
		config.setOpenMode(
				lastCommit.isEmpty() ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
		this.writer = new IndexWriter(directory, config);
		this.searchers = new SearcherManager(this.writer, null);
	}

	/** Opens the index in this folder; one with another schema is started afresh. */
	static SearchIndex open(Path folder) {
		try {
			Directory directory = FSDirectory.open(folder);
			Map<String, String> last = Map.of();
			if (DirectoryReader.indexExists(directory)) {
				Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
				last = SCHEMA.equals(data.get(SCHEMA_KEY)) ? Map.copyOf(data) : Map.of();
			}
			return new SearchIndex(directory, last);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the search index in " + folder, ex);
		}
	}

	Analyzer analyzer() {
		return this.analyzer;
	}

	/** Whether the index was missing or had another schema when opened. */
	boolean fresh() {
		return this.lastCommit.isEmpty();
	}

	long committedSequence() {
		return Long.parseLong(this.lastCommit.getOrDefault(SEQUENCE_KEY, "0"));
	}

	Instant committedAt() {
		return Instant.ofEpochMilli(Long.parseLong(this.lastCommit.getOrDefault(COMMITTED_KEY, "0")));
	}

	void put(SearchDocument document) {
		io(() -> this.writer.updateDocument(IndexFields.key(document.type(), document.id()),
				IndexFields.toDocument(document)));
	}

	void delete(String type, String id) {
		io(() -> this.writer.deleteDocuments(IndexFields.key(type, id)));
	}

	void deleteAll() {
		io(this.writer::deleteAll);
	}

	void commit(long sequence, Instant now) {
		io(() -> {
			this.writer.setLiveCommitData(Map.of(SCHEMA_KEY, SCHEMA, SEQUENCE_KEY, Long.toString(sequence),
					COMMITTED_KEY, Long.toString(now.toEpochMilli()))
				.entrySet());
			return this.writer.commit();
		});
	}

	void refresh() {
		io(() -> {
			this.searchers.maybeRefresh();
			return null;
		});
	}

	<T> T search(Function<IndexSearcher, T> work) {
		try {
			IndexSearcher searcher = this.searchers.acquire();
			try {
				return work.apply(searcher);
			}
			finally {
				this.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

	private static void io(IoAction action) {
		try {
			action.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface IoAction {

		Object run() throws IOException;

	}

}
