package dev.sharpend.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import dev.sharpend.test.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search module on its own (with {@code system}, all it depends on): a document that
 * another module says changed becomes findable, through the event, the durable change
 * record and the index, with no other module running.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ContextConfiguration(initializers = TestDatabase.class)
class SearchIndexingIntegrationTests {

	@Autowired
	Search search;

	@Autowired
	Notes notes;

	@Test
	void aChangedDocumentBecomesFindableOnceItsEventIsPublished(Scenario scenario) {
		String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String id = this.notes.write("Disk full on the " + word + " host");

		scenario.publish(new SearchIndexChanged("note", id))
			.andWaitForStateChange(() -> titles(word), (titles) -> !titles.isEmpty())
			.andVerify((titles) -> assertThat(titles).containsExactly("Disk full on the " + word + " host"));
	}

	@Test
	void aDeletedDocumentLeavesTheResults(Scenario scenario) {
		String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String id = this.notes.write("Queue backlog " + word);
		scenario.publish(new SearchIndexChanged("note", id))
			.andWaitForStateChange(() -> titles(word), (titles) -> !titles.isEmpty())
			.andVerify((titles) -> assertThat(titles).hasSize(1));

		this.notes.delete(id);
		scenario.publish(new SearchIndexChanged("note", id))
			.andWaitForStateChange(() -> titles(word), List::isEmpty)
			.andVerify((titles) -> assertThat(titles).isEmpty());
	}

	private List<String> titles(String word) {
		return this.search.search(SearchQuery.text(word), Set.of("note"))
			.items()
			.stream()
			.map(SearchHit::title)
			.toList();
	}

	/** A module's searchable things, as another module would offer them. */
	static class Notes implements SearchSource {

		private final Map<String, SearchDocument> documents = new ConcurrentHashMap<>();

		String write(String title) {
			String id = UUID.randomUUID().toString();
			this.documents.put(id, new SearchDocument("note", id, null, title, title, Instant.now(), null, null,
					List.of(), List.of(), List.of(), "/notes/" + id));
			return id;
		}

		void delete(String id) {
			this.documents.remove(id);
		}

		@Override
		public String type() {
			return "note";
		}

		@Override
		public void forEach(Consumer<SearchDocument> consumer) {
			this.documents.values().forEach(consumer);
		}

		@Override
		public Optional<SearchDocument> find(String id) {
			return Optional.ofNullable(this.documents.get(id));
		}

	}

	@TestConfiguration
	static class NotesConfiguration {

		@Bean
		Notes notes() {
			return new Notes();
		}

	}

}
