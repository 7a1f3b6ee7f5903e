package dev.sharpend.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the review over the labelled corpus ({@code language/corpus.tsv}) and prints
 * precision and recall per category and overall. Counting is per sentence and category: a
 * category found in a sentence labelled with it is a true positive, found but not
 * labelled a false positive, labelled but not found a false negative. Overall figures are
 * micro-averaged over all categories.
 */
class LanguageCorpusTests {

	private static final List<String> PEOPLE = List.of("Alice", "Bob Martin", "Priya", "Dmitri", "Sam");

	private final LanguageReview review = new LanguageReview();

	@Test
	void findsBlamefulWordingInTheCorpusWithPrecisionAndRecallOfAtLeastNinetyPercent() throws IOException {
		List<Labelled> corpus = corpus();
		Map<LanguageCategory, int[]> counts = new EnumMap<>(LanguageCategory.class);
		List<String> misses = new ArrayList<>();
		for (Labelled line : corpus) {
			Set<LanguageCategory> found = EnumSet.noneOf(LanguageCategory.class);
			this.review.review(line.text(), PEOPLE)
				.forEach((f) -> found.add(LanguageCategory.fromWireName(f.category()).orElseThrow()));
			for (LanguageCategory category : LanguageCategory.values()) {
				int[] c = counts.computeIfAbsent(category, (k) -> new int[3]);
				boolean expected = line.expected().contains(category);
				boolean actual = found.contains(category);
				c[0] += (expected && actual) ? 1 : 0;
				c[1] += (!expected && actual) ? 1 : 0;
				c[2] += (expected && !actual) ? 1 : 0;
			}
			if (!found.equals(line.expected())) {
				misses.add("expected " + line.expected() + " found " + found + ": " + line.text());
			}
		}
		int[] total = new int[3];
		StringBuilder report = new StringBuilder(
				String.format(Locale.ROOT, "Language review corpus: %d sentences%n%-16s %9s %9s %4s %4s %4s%n",
						corpus.size(), "category", "precision", "recall", "tp", "fp", "fn"));
		counts.forEach((category, c) -> {
			report.append(row(category.wireName(), c));
			Arrays.setAll(total, (i) -> total[i] + c[i]);
		});
		report.append(row("overall", total));
		misses.forEach((m) -> report.append("  ").append(m).append(System.lineSeparator()));
		System.out.println(report);
		assertThat(precision(total)).as("overall precision").isGreaterThanOrEqualTo(0.9);
		assertThat(recall(total)).as("overall recall").isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void reviewsTwentyKilobytesInAFewMilliseconds() throws IOException {
		String text = corpus().stream().map(Labelled::text).collect(Collectors.joining(" "));
		String twentyKb = text.repeat(20_000 / text.length() + 1).substring(0, 20_000);
		for (int i = 0; i < 50; i++) {
			this.review.review(twentyKb, PEOPLE);
		}
		// CPU time of this thread, so that other builds on the machine do not count.
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long started = threads.getCurrentThreadCpuTime();
		int runs = 20;
		for (int i = 0; i < runs; i++) {
			this.review.review(twentyKb, PEOPLE);
		}
		double millis = (threads.getCurrentThreadCpuTime() - started) / 1e6 / runs;
		System.out.printf(Locale.ROOT, "Language review of 20 kB (dense with findings): %.1f ms CPU%n", millis);
		// Generous: catches a pattern that backtracks badly, not a slow machine.
		assertThat(millis).as("CPU milliseconds per 20 kB").isLessThan(100);
	}

	private static String row(String name, int[] c) {
		return String.format(Locale.ROOT, "%-16s %9.3f %9.3f %4d %4d %4d%n", name, precision(c), recall(c), c[0], c[1],
				c[2]);
	}

	private static double precision(int[] c) {
		return (c[0] + c[1] == 0) ? 1.0 : (double) c[0] / (c[0] + c[1]);
	}

	private static double recall(int[] c) {
		return (c[0] + c[2] == 0) ? 1.0 : (double) c[0] / (c[0] + c[2]);
	}

	private static List<Labelled> corpus() throws IOException {
		try (InputStream in = LanguageCorpusTests.class.getResourceAsStream("/language/corpus.tsv")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map(Labelled::parse)
				.toList();
		}
	}

	private record Labelled(Set<LanguageCategory> expected, String text) {

		static Labelled parse(String line) {
			String[] parts = line.split("\t", 2);
			Set<LanguageCategory> expected = EnumSet.noneOf(LanguageCategory.class);
			if (!parts[0].equals("-")) {
				for (String name : parts[0].split(",")) {
					expected.add(LanguageCategory.fromWireName(name.strip())
						.orElseThrow(() -> new IllegalArgumentException("Unknown category in: " + line)));
				}
			}
			return new Labelled(expected, parts[1]);
		}

	}

}
