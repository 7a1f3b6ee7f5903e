package dev.sharpend.system;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway refuses to upgrade a database past a migration whose version is lower than one
 * it already applied, so the versions form one increasing sequence: the versions on main
 * are listed in {@code db/released-migrations.txt}, none may change, and a new one must
 * be above all of them (and is added to the list when it lands).
 */
class MigrationOrderTests {

	private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.sql");

	@Test
	void releasedMigrationsAreNeverRenamedRenumberedOrRemoved() throws IOException {
		Map<Integer, String> migrations = migrations();
		released().forEach((version, name) -> assertThat(migrations.get(version))
			.as("migration %d (%s) is on main and must stay as it is", version, name)
			.isEqualTo(name));
	}

	@Test
	void aNewMigrationTakesAVersionAboveEveryReleasedOne() throws IOException {
		Map<Integer, String> released = released();
		int highest = released.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
		List<String> misplaced = new ArrayList<>();
		migrations().forEach((version, name) -> {
			if (!released.containsKey(version) && version <= highest) {
				misplaced.add("V" + version + "__" + name + ".sql");
			}
		});
		assertThat(misplaced)
			.as("new migrations must take a version above %d, the highest on main (then list them in "
					+ "db/released-migrations.txt)", highest)
			.isEmpty();
	}

	@Test
	void eachVersionNamesOneMigrationAcrossTheVendorFolders() throws IOException {
		Map<Integer, String> common = folder("common");
		for (String vendor : List.of("h2", "postgresql")) {
			folder(vendor).forEach((version, name) -> assertThat(common.get(version))
				.as("V%d in %s is also a common migration", version, vendor)
				.isNull());
		}
		Map<Integer, String> h2 = folder("h2");
		folder("postgresql").forEach((version, name) -> {
			if (h2.containsKey(version)) {
				assertThat(h2.get(version)).as("V%d has one name in both dialects", version).isEqualTo(name);
			}
		});
	}

	private static Map<Integer, String> migrations() throws IOException {
		Map<Integer, String> all = new TreeMap<>(folder("common"));
		all.putAll(folder("h2"));
		all.putAll(folder("postgresql"));
		return all;
	}

	private static Map<Integer, String> folder(String folder) throws IOException {
		Map<Integer, String> versions = new HashMap<>();
		for (Resource resource : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:db/migration/" + folder + "/*.sql")) {
			Matcher matcher = NAME.matcher(resource.getFilename());
			assertThat(matcher.matches()).as("%s is named V<version>__<name>.sql", resource.getFilename()).isTrue();
			versions.put(Integer.valueOf(matcher.group(1)), matcher.group(2));
		}
		return versions;
	}

	private static Map<Integer, String> released() throws IOException {
		Map<Integer, String> versions = new TreeMap<>();
		try (InputStream in = MigrationOrderTests.class.getResourceAsStream("/db/released-migrations.txt")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] parts = line.strip().split(" ", 2);
				versions.put(Integer.valueOf(parts[0]), parts[1]);
			}
		}
		return versions;
	}

}
