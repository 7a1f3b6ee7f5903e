package dev.sharpend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.Options;
import org.springframework.transaction.event.TransactionalEventListener;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

	private static final Path OUTPUT = Path.of("docs", "architecture");

	// once per class: JUnit makes an instance per test, and analysing every class of the
	// application took several seconds each time
	private static final ApplicationModules MODULES = ApplicationModules.of(Sharpend.class);

	@Test
	void modulesOnlyUseEachOthersPublicApiAndFormNoCycles() {
		MODULES.verify();
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
	/**
	 * "public" means API: a public type in a module's base package is either part of the
	 * module's {@code api} named interface (the only part other modules may name in their
	 * allowed dependencies) or needed by the module's own sub-packages ({@code web/} and
	 * the like, which Java can only reach through public types and which Modulith keeps
	 * internal). Anything else must be package-private, so the API stays as small as the
	 * callers need.
	 */
	@Test
	void everyPublicTypeIsApiOrUsedByItsOwnModule() {
		List<String> needlesslyPublic = new ArrayList<>();
		for (ApplicationModule module : MODULES) {
			String base = module.getBasePackage().getName();
			Optional<NamedInterface> api = module.getNamedInterfaces().getByName("api");
			for (JavaClass type : module.getBasePackage()) {
				if (!type.getPackageName().equals(base) || !type.getModifiers().contains(JavaModifier.PUBLIC)
						|| !type.isTopLevelClass() || type.getSimpleName().equals("package-info")
						|| type.isAssignableTo("org.h2.api.Trigger")) {
					// H2 instantiates triggers by class name, which needs a public class.
					continue;
				}
				boolean inApi = api.map((named) -> named.contains(type)).orElse(false);
				// A module without an api interface (system) offers its whole base
				// package.
				boolean usedElsewhere = type.getDirectDependenciesToSelf()
					.stream()
					.map((dependency) -> dependency.getOriginClass().getPackageName())
					.anyMatch((origin) -> api.isEmpty() ? !origin.equals(base) : origin.startsWith(base + "."));
				if (!inApi && !usedElsewhere) {
					needlesslyPublic.add(type.getName());
				}
			}
		}
		assertThat(needlesslyPublic).as("public types that are neither API nor used by their module's sub-packages")
			.isEmpty();
	}

	/**
	 * Every module says which modules it may use, and through which named interface, so a
	 * new dependency is a visible change to a {@code package-info.java}.
	 */
	@Test
	void everyModuleDeclaresItsAllowedDependencies() {
		assertThat(MODULES.stream()
			.filter((module) -> !module.getBasePackage()
				.getAnnotation(org.springframework.modulith.ApplicationModule.class)
				.isPresent())
			.map(ApplicationModule::getIdentifier)
			.map(Object::toString)
			.toList()).isEmpty();
	}

	/**
	 * The event publication registry records every after-commit listener and marks it in
	 * transactions of its own while the publisher still holds its connection: a burst of
	 * publishers then waits on a pool they themselves exhaust. Reactions that must
	 * survive a crash are {@code @ApplicationModuleListener}s; in-memory ones are plain
	 * listeners that use {@code AfterCommit}.
	 */
	@Test
	void noListenerIsASynchronousTransactionalEventListener() {
		List<String> synchronous = new ArrayList<>();
		for (ApplicationModule module : MODULES) {
			for (JavaClass type : module.getBasePackage()) {
				type.getMethods()
					.stream()
					.filter((method) -> method.isAnnotatedWith(TransactionalEventListener.class))
					.forEach((method) -> synchronous.add(method.getFullName()));
			}
		}
		assertThat(synchronous).as("listeners the registry would record, holding a second connection").isEmpty();
	}

	@Test
	void writesTheModuleDiagramsIntoTheRepository() throws IOException {
		DiagramOptions diagrams = DiagramOptions.defaults();
		new Documenter(MODULES, Options.defaults().withOutputFolder(OUTPUT.toString())).writeModulesAsPlantUml(diagrams)
			.writeIndividualModulesAsPlantUml(diagrams)
			.writeModuleCanvases();
		try (Stream<Path> files = Files.list(OUTPUT)) {
			for (Path file : files.toList()) {
				Files.writeString(file, inStableOrder(Files.readString(file)));
			}
		}
	}

	/**
	 * Structurizr keeps elements and relationships in hash sets, and the canvases list
	 * beans and events in no fixed order (with blank lines between some items, at
	 * random), so each run of them is sorted: the committed files stay unchanged until
	 * the modules change.
	 */
	private static String inStableOrder(String generated) {
		List<String> lines = new ArrayList<>();
		List<String> run = new ArrayList<>();
		boolean cellStart = false;
		for (String line : generated.split("\n", -1)) {
			String trimmed = line.strip();
			if (trimmed.startsWith("|* `")) {
				flush(lines, run, cellStart);
				cellStart = true;
				run.add(line.replaceFirst("\\|", ""));
			}
			else if (trimmed.startsWith("Component(") || trimmed.startsWith("Rel(") || trimmed.startsWith("* `")) {
				run.add(line);
			}
			else if (!(trimmed.isEmpty() && !run.isEmpty())) {
				flush(lines, run, cellStart);
				cellStart = false;
				lines.add(line);
			}
		}
		flush(lines, run, cellStart);
		return String.join("\n", lines);
	}

	private static void flush(List<String> lines, List<String> run, boolean cellStart) {
		run.sort(null);
		for (int i = 0; i < run.size(); i++) {
			lines.add((cellStart && i == 0) ? "|" + run.get(i) : run.get(i));
		}
		run.clear();
	}

}
