package dev.sharpend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.Options;

class ModularityTests {

	private static final Path OUTPUT = Path.of("docs", "architecture");

	private final ApplicationModules modules = ApplicationModules.of(Sharpend.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
		this.modules.verify();
	}

	/**
	 * Writes the architecture diagrams into the repository, so the committed ones are
	 * generated and a change of module shape shows up as a diff. The folder is emptied
	 * first, so a removed module leaves no stale file behind.
	 * <p>
	 * No module canvases: they read the Javadoc map of spring-modulith-apt, which an
	 * incremental compile leaves partial (so the committed file would depend on the
	 * build), and whose reader fails on brackets inside Javadoc text ("[start, end)").
	 */
	@Test
	void writesTheModuleDiagramsIntoTheRepository() throws IOException {
		DiagramOptions diagrams = DiagramOptions.defaults();
		new Documenter(this.modules, Options.defaults().withOutputFolder(OUTPUT.toString()))
			.writeModulesAsPlantUml(diagrams)
			.writeIndividualModulesAsPlantUml(diagrams);
		try (Stream<Path> files = Files.list(OUTPUT)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".puml")).toList()) {
				Files.writeString(file, inStableOrder(Files.readString(file)));
			}
		}
	}

	/**
	 * Structurizr keeps elements and relationships in hash sets, so their order changes
	 * from run to run; sorting each run of them keeps the committed files unchanged until
	 * the modules change.
	 */
	private static String inStableOrder(String plantUml) {
		List<String> lines = new ArrayList<>();
		List<String> run = new ArrayList<>();
		for (String line : plantUml.split("\n", -1)) {
			if (isElementOrRelationship(line)) {
				run.add(line);
				continue;
			}
			run.sort(null);
			lines.addAll(run);
			run.clear();
			lines.add(line);
		}
		run.sort(null);
		lines.addAll(run);
		return String.join("\n", lines);
	}

	private static boolean isElementOrRelationship(String line) {
		String trimmed = line.strip();
		return trimmed.startsWith("Component(") || trimmed.startsWith("Rel(");
	}

}
