import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Times the language review in process, current rules against the reference, and prints
 * CPU milliseconds per review (median of rounds) with the ratio. Exits 1 when a target is
 * missed.
 *
 * Usage: java -cp <classes of both> Measure.java <language test resources folder>
 */
public class Measure {

	static final List<String> PEOPLE = List.of("Alice", "Bob Martin", "Priya", "Dmitri", "Sam");

	static final double TARGET_20_KB = 10;

	static final double TARGET_200_KB = 150;

	public static void main(String[] args) throws Exception {
		Path resources = Path.of(args[0]);
		// Dense with findings: the labelled corpus' sentences, one after the other, about
		// one finding every 100 characters.
		String sentences = Files.readAllLines(resources.resolve("corpus.tsv"))
			.stream()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map((line) -> line.split("\t", 2)[1])
			.collect(Collectors.joining(" "));
		String twentyKb = cut(sentences, 20_000);
		// A long review as people write them: the five documents, then cut into the ten
		// prose sections of 20,000 characters that publishing checks one by one.
		String documents;
		try (Stream<Path> files = Files.list(resources.resolve("documents"))) {
			documents = files.filter((p) -> p.toString().endsWith(".md")).sorted().map(Measure::read)
				.collect(Collectors.joining("\n\n"));
		}
		List<String> sections = new ArrayList<>();
		String long200 = cut(documents, 200_000);
		for (int i = 0; i < 10; i++) {
			sections.add(long200.substring(i * 20_000, (i + 1) * 20_000));
		}
		dev.sharpend.language.LanguageReview current = new dev.sharpend.language.LanguageReview();
		reference.LanguageReview reference = new reference.LanguageReview();
		Function<String, Integer> now = (text) -> current.review(text, PEOPLE).size();
		Function<String, Integer> before = (text) -> reference.review(text, PEOPLE).size();

		double[] now20 = time(now, List.of(twentyKb));
		double[] before20 = time(before, List.of(twentyKb));
		double[] now200 = time(now, sections);
		double[] before200 = time(before, sections);
		System.out.printf("%-44s %12s %12s %7s%n", "", "reference", "current", "ratio");
		row("20 kB dense with findings, CPU ms", before20, now20);
		row("200 kB as publishing checks it, CPU ms", before200, now200);
		System.out.printf("%-44s %12d %12d%n", "findings in the 20 kB text", before.apply(twentyKb), now.apply(twentyKb));
		System.out.printf("%-44s %12d %12d%n", "findings in the 200 kB review",
				sections.stream().mapToInt(before::apply).sum(), sections.stream().mapToInt(now::apply).sum());
		boolean ok = now20[0] < TARGET_20_KB && now200[0] < TARGET_200_KB;
		System.out.printf("targets: 20 kB < %.0f ms (%s), 200 kB < %.0f ms (%s)%n", TARGET_20_KB,
				now20[0] < TARGET_20_KB ? "met" : "MISSED", TARGET_200_KB, now200[0] < TARGET_200_KB ? "met" : "MISSED");
		System.exit(ok ? 0 : 1);
	}

	static String cut(String text, int length) {
		return text.repeat(length / text.length() + 1).substring(0, length);
	}

	static String read(Path path) {
		try {
			return Files.readString(path);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Median and minimum CPU milliseconds of reviewing all texts, over 31 rounds after
	 * five seconds of warm-up (a server's review runs compiled, not interpreted).
	 */
	static double[] time(Function<String, Integer> review, List<String> texts) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long warm = System.nanoTime() + 5_000_000_000L;
		while (System.nanoTime() < warm) {
			texts.forEach(review::apply);
		}
		double[] rounds = new double[31];
		for (int r = 0; r < rounds.length; r++) {
			long started = threads.getCurrentThreadCpuTime();
			texts.forEach(review::apply);
			rounds[r] = (threads.getCurrentThreadCpuTime() - started) / 1e6;
		}
		Arrays.sort(rounds);
		return new double[] { rounds[rounds.length / 2], rounds[0] };
	}

	static void row(String name, double[] before, double[] now) {
		System.out.printf("%-44s %12.2f %12.2f %6.2fx   (fastest round: %.2f / %.2f)%n", name, before[0], now[0],
				now[0] / before[0], before[1], now[1]);
	}

}
