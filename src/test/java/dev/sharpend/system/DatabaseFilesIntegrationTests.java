package dev.sharpend.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.sharpend.test.SharpendIntegrationTest;
import dev.sharpend.test.TestDatabase;

import org.springframework.beans.factory.annotation.Value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** The embedded database is readable by the user Sharpend runs as only, like the key. */
@SharpendIntegrationTest
class DatabaseFilesIntegrationTests {

	@Value("${sharpend.data-dir}")
	Path dataDir;

	@Test
	void theH2FolderAndFilesAreTheOwnersOnly() throws IOException {
		assumeFalse(TestDatabase.postgres(), "PostgreSQL keeps its own files");
		Path folder = this.dataDir.resolve("db");

		List<Path> files;
		try (Stream<Path> listed = Files.list(folder)) {
			files = listed.filter(Files::isRegularFile).toList();
		}

		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
		assertThat(files).isNotEmpty()
			.allSatisfy((file) -> assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
				.as(file.toString())
				.isEqualTo("rw-------"));
	}

}
