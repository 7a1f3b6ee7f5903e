package dev.sharpend.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.sharpend.test.SharpendNode;
import dev.sharpend.test.Launcher;
import dev.sharpend.test.TestDatabase;

import static dev.sharpend.search.SearchFixtures.titles;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database, each with its own index: what one node writes the other
 * finds; a node that was offline catches up, and one whose index is gone rebuilds it.
 */
class SearchClusterIntegrationTests {

	@Test
	void everyNodeFindsWhatAnyNodeWroteAfterBeingOfflineOrLosingItsIndex() throws IOException {
		Map<String, String> database = TestDatabase.properties();
		Path folder = TestDatabase.newDataDir();
		Path indexB = folder.resolve("index-b");
		try (SharpendNode a = node(database, folder.resolve("index-a"))) {
			SearchFixtures onA = new SearchFixtures(a.port());
			try (SharpendNode b = node(database, indexB)) {
				onA.declare("Replication lag on the primary");
				assertThat(titles(until(b, "q=replication", 1))).containsExactly("Replication lag on the primary");
			}

			onA.declare("Replication stopped after failover");
			try (SharpendNode b = node(database, indexB)) {
				assertThat(titles(until(b, "q=replication", 2))).as("caught up from the recorded changes")
					.containsExactlyInAnyOrder("Replication lag on the primary", "Replication stopped after failover");
			}

			delete(indexB);
			onA.declare("Replication slot full");
			try (SharpendNode b = node(database, indexB)) {
				assertThat(titles(until(b, "q=replication", 3))).as("rebuilt from the database")
					.hasSize(3)
					.contains("Replication slot full");
			}
		}
	}

	/** A node with an index folder of its own. */
	private static SharpendNode node(Map<String, String> database, Path index) {
		return Launcher.sharpend(database).testAdmin().setting("sharpend.search.directory", index.toString()).start();
	}

	private static tools.jackson.databind.JsonNode until(SharpendNode node, String query, int total) {
		SearchFixtures fx = new SearchFixtures(node.port());
		return fx.searchUntil(query + "&type=incident", (r) -> r.get("total").asLong() == total);
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((p) -> p.toFile().delete());
		}
		assertThat(folder).doesNotExist();
	}

}
