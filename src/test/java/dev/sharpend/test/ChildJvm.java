package dev.sharpend.test;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * The command line of a Sharpend JVM started by a test. A test that kills and restarts
 * Sharpend pays mostly for JVM and application start, so the child loads its classes from
 * a class data sharing archive made once by a training start (this JVM's classpath, with
 * class folders packed into jars since the archive takes classes from jars only). The
 * archive and jars are kept in {@code target/sharpend-process/} and reused while the
 * classpath is unchanged, by the PostgreSQL pass and by later runs; if the JVM finds the
 * archive stale it starts without it, only slower.
 */
final class ChildJvm {

	private static final Path FOLDER = Path.of("target", "sharpend-process");

	private static List<String> command;

	private ChildJvm() {
	}

	/** {@code java}, its options and the main class. */
	static synchronized List<String> command() {
		if (command == null) {
			command = prepare();
		}
		return command;
	}

	private static List<String> prepare() {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		// The child only has to start fast and take some requests: C1 alone and a small
		// serial heap cut its start on two cores.
		List<String> options = List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
		try {
			Files.createDirectories(FOLDER);
			String classpath = jarsOnly(System.getProperty("java.class.path"));
			Path archive = FOLDER.resolve("sharpend-" + hash(classpath + options) + ".jsa");
			if (!Files.exists(archive)) {
				train(java, options, classpath, archive);
			}
			removeAllBut(archive, classpath);
			List<String> command = new ArrayList<>(List.of(java));
			command.addAll(options);
			if (Files.exists(archive)) {
				command.addAll(List.of("-XX:SharedArchiveFile=" + archive.toAbsolutePath(), "-Xlog:cds=off",
						"-Xlog:cds+dynamic=off"));
			}
			command.addAll(List.of("-cp", classpath, "dev.sharpend.Sharpend"));
			return command;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Archives and jars of earlier classpaths, tens of megabytes each, go. */
	private static void removeAllBut(Path archive, String classpath) throws IOException {
		List<String> kept = new ArrayList<>(List.of(classpath.split(File.pathSeparator)));
		kept.add(archive.toAbsolutePath().toString());
		try (Stream<Path> files = Files.list(FOLDER)) {
			for (Path file : files.toList()) {
				// A training archive or a jar still being written belongs to another test
				// JVM.
				String name = file.getFileName().toString();
				if (!kept.contains(file.toAbsolutePath().toString()) && !name.startsWith("training-")
						&& !name.startsWith("classes-")) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	/**
	 * Starts the application once up to its refreshed context (eagerly, so every class it
	 * uses is loaded) and writes the classes it loaded to the archive as it exits.
	 */
	private static void train(String java, List<String> options, String classpath, Path archive) throws IOException {
		Path partial = Files.createTempFile(FOLDER, "training-", ".jsa");
		Files.delete(partial);
		Path dataDir = TestDatabase.newDataDir();
		List<String> command = new ArrayList<>(List.of(java));
		command.addAll(options);
		command.addAll(List.of("-XX:ArchiveClassesAtExit=" + partial.toAbsolutePath(), "-Xlog:cds=off",
				"-Xlog:cds+dynamic=off", "-Dspring.context.exit=onRefresh", "-cp", classpath, "dev.sharpend.Sharpend",
				"--server.port=0", "--spring.main.banner-mode=off", "--sharpend.data-dir=" + dataDir));
		Process training = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(dataDir.resolve("training.log").toFile())
			.start();
		try {
			if (training.waitFor(3, TimeUnit.MINUTES) && training.exitValue() == 0 && Files.exists(partial)) {
				Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			else {
				// Without an archive the children start as before.
				training.destroyForcibly();
				Files.deleteIfExists(partial);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			training.destroyForcibly();
		}
	}

	/** The classpath with each class folder replaced by a jar of its current content. */
	private static String jarsOnly(String classpath) throws IOException {
		List<String> entries = new ArrayList<>();
		for (String entry : classpath.split(File.pathSeparator)) {
			Path path = Path.of(entry);
			entries.add(Files.isDirectory(path) ? jar(path).toAbsolutePath().toString() : entry);
		}
		return String.join(File.pathSeparator, entries);
	}

	/**
	 * A jar of the folder, named after what the folder holds, so an unchanged folder
	 * keeps its jar (and the archive made with it stays valid).
	 */
	private static Path jar(Path folder) throws IOException {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(folder)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		StringBuilder content = new StringBuilder(folder.toAbsolutePath().toString());
		for (Path file : files) {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			content.append('\n')
				.append(folder.relativize(file))
				.append(' ')
				.append(attributes.size())
				.append(' ')
				.append(attributes.lastModifiedTime().toMillis());
		}
		Path jar = FOLDER.resolve(folder.getFileName() + "-" + hash(content.toString()) + ".jar");
		if (Files.exists(jar)) {
			return jar;
		}
		Path partial = Files.createTempFile(FOLDER, "classes-", ".jar");
		List<Path> folders;
		try (Stream<Path> walk = Files.walk(folder)) {
			folders = walk.filter(Files::isDirectory).filter((f) -> !f.equals(folder)).sorted().toList();
		}
		try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(partial))) {
			// Folder entries too: Spring finds templates and scans packages by asking for
			// them.
			for (Path inner : folders) {
				store(out, name(folder, inner) + "/", new byte[0]);
			}
			for (Path file : files) {
				store(out, name(folder, file), Files.readAllBytes(file));
			}
		}
		Files.move(partial, jar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		return jar;
	}

	private static String name(Path folder, Path inner) {
		return folder.relativize(inner).toString().replace(File.separatorChar, '/');
	}

	/**
	 * Stored, not deflated: the jar is read once per start and packing it should be
	 * quick.
	 */
	private static void store(JarOutputStream out, String name, byte[] bytes) throws IOException {
		JarEntry entry = new JarEntry(name);
		entry.setMethod(ZipEntry.STORED);
		entry.setSize(bytes.length);
		CRC32 crc = new CRC32();
		crc.update(bytes);
		entry.setCrc(crc.getValue());
		out.putNextEntry(entry);
		out.write(bytes);
		out.closeEntry();
	}

	private static String hash(String text) {
		CRC32 crc = new CRC32();
		crc.update(text.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().toHexDigits((int) crc.getValue());
	}

}
