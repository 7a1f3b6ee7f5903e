package dev.sharpend.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.sharpend.system.SharpendProperties;
import dev.sharpend.test.Eventually;
import dev.sharpend.test.OwnApplication;
import dev.sharpend.test.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search module on its own (with {@code system}, all it depends on): a document
 * another module pushes becomes findable, through the stored copy, the change record and
 * the index, with no other module running; and the stored copies outlive the index.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
@OwnApplication
class SearchIndexingIntegrationTests {

	@Autowired
	Search search;

	@Autowired
	SearchDocuments documents;

	@Autowired
	IndexSync sync;

	@Autowired
	SharpendProperties sharpend;

	@Test
	void aPushedDocumentBecomesFindable() {
		String word = word();
		String id = UUID.randomUUID().toString();

		this.documents.put(note(id, "Disk full on the " + word + " host"));

		assertThat(Eventually.until("the note to be found", () -> titles(word), (titles) -> !titles.isEmpty()))
			.containsExactly("Disk full on the " + word + " host");
	}

	@Test
	void aRemovedDocumentLeavesTheResults() {
		String word = word();
		String id = UUID.randomUUID().toString();
		this.documents.put(note(id, "Queue backlog " + word));
		Eventually.until("the note to be found", () -> titles(word), (titles) -> titles.size() == 1);

		this.documents.remove("note", id);

		assertThat(Eventually.until("the note to leave", () -> titles(word), List::isEmpty)).isEmpty();
	}

	@Test
	void theIndexIsRebuiltFromTheStoredDocumentsWhenItIsLost() throws IOException {
		String word = word();
		String id = UUID.randomUUID().toString();
		this.documents.put(note(id, "Certificate " + word + " expired").withStored("owner", "platform"));
		Eventually.until("the note to be found", () -> titles(word), (titles) -> titles.size() == 1);

		this.sync.stop();
		delete(this.sharpend.dataDir().resolve("search"));
		this.sync.start();

		assertThat(Eventually.until("the rebuilt index to find the note", () -> titles(word), (t) -> t.size() == 1))
			.containsExactly("Certificate " + word + " expired");
		assertThat(this.search.belongingTo("note", List.of(7L)))
			.as("what the owner stored comes back with the document")
			.extracting((d) -> d.stored().get("owner"))
			.contains("platform");
	}

	private List<String> titles(String word) {
		return this.search.search(SearchQuery.text(word), Set.of("note"))
			.items()
			.stream()
			.map(SearchHit::title)
			.toList();
	}

	private static SearchDocument note(String id, String title) {
		return new SearchDocument("note", id, 7L, title, title, Instant.now(), null, null, List.of(), List.of(),
				List.of(), "/notes/" + id, Map.of());
	}

	private static String word() {
		return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		assertThat(folder).doesNotExist();
	}

}
