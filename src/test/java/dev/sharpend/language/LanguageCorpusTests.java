package dev.sharpend.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the review over the labelled corpora and prints precision and recall per category
 * and overall, for each corpus:
 * <ul>
 * <li>{@code language/corpus.tsv}: the project's first corpus;</li>
 * <li>{@code language/corpus-published.tsv}: sentences in the shapes of published
 * post-incident reports, each group naming the report it follows, which the rules were
 * tuned against;</li>
 * <li>{@code language/corpus-published-heldout.tsv}: a fixed part of the same corpus (at
 * least a fifth), written before tuning started and never run while tuning, so its
 * figures show how the rules do on sentences they were not fitted to.</li>
 * </ul>
 * Counting is per sentence and category: a category found in a sentence labelled with it
 * is a true positive, found but not labelled a false positive, labelled but not found a
 * false negative. Overall figures are micro-averaged over all categories.
 */
class LanguageCorpusTests {

	private static final List<String> PEOPLE = List.of("Alice", "Bob Martin", "Priya", "Dmitri", "Sam");

	private final LanguageReview review = new LanguageReview();

	@Test
	void findsBlamefulWordingInTheFirstCorpusWithPrecisionAndRecallOfAtLeastNinetyFivePercent() throws IOException {
		Score score = score("first corpus", corpus("corpus.tsv"));
		assertThat(score.precision()).as("precision").isGreaterThanOrEqualTo(0.95);
		assertThat(score.recall()).as("recall").isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void findsBlamefulWordingInPublishedShapesWithPrecisionAndRecallOfAtLeastNinetyPercent() throws IOException {
		List<Labelled> tuned = corpus("corpus-published.tsv");
		List<Labelled> heldOut = corpus("corpus-published-heldout.tsv");
		Score tunedScore = score("published shapes, tuning part", tuned);
		Score heldOutScore = score("published shapes, held-out part", heldOut);
		List<Labelled> both = new ArrayList<>(tuned);
		both.addAll(heldOut);
		Score bothScore = score("published shapes, both parts", both);
		for (Score score : List.of(tunedScore, heldOutScore, bothScore)) {
			assertThat(score.precision()).as(score.name() + " precision").isGreaterThanOrEqualTo(0.9);
			assertThat(score.recall()).as(score.name() + " recall").isGreaterThanOrEqualTo(0.9);
		}
	}

	@Test
	void publishedShapesCorpusHasFourHundredSentencesAFifthHeldOutFromThirtyReports() throws IOException {
		int tuned = corpus("corpus-published.tsv").size();
		int heldOut = corpus("corpus-published-heldout.tsv").size();
		assertThat(tuned + heldOut).as("sentences in both parts").isGreaterThanOrEqualTo(400);
		assertThat(heldOut * 5).as("five times the held-out part").isGreaterThanOrEqualTo(tuned + heldOut);
		assertThat(reportsNamed("corpus-published.tsv")).as("published reports named").isGreaterThanOrEqualTo(30);
	}

	private Score score(String name, List<Labelled> corpus) {
		Map<LanguageCategory, int[]> counts = new EnumMap<>(LanguageCategory.class);
		List<String> misses = new ArrayList<>();
		for (Labelled line : corpus) {
			Set<LanguageCategory> found = EnumSet.noneOf(LanguageCategory.class);
			List<String> rules = new ArrayList<>();
			for (LanguageFinding finding : this.review.review(line.text(), PEOPLE)) {
				found.add(LanguageCategory.fromWireName(finding.category()).orElseThrow());
				rules.add(finding.rule() + " \"" + finding.text() + "\"");
			}
			for (LanguageCategory category : LanguageCategory.values()) {
				int[] c = counts.computeIfAbsent(category, (k) -> new int[3]);
				boolean expected = line.expected().contains(category);
				boolean actual = found.contains(category);
				c[0] += (expected && actual) ? 1 : 0;
				c[1] += (!expected && actual) ? 1 : 0;
				c[2] += (expected && !actual) ? 1 : 0;
			}
			if (!found.equals(line.expected())) {
				misses.add("expected " + line.expected() + " found " + found + " " + rules + ": " + line.text());
			}
		}
		int[] total = new int[3];
		StringBuilder report = new StringBuilder(
				String.format(Locale.ROOT, "Language review, %s: %d sentences%n%-16s %9s %9s %4s %4s %4s%n", name,
						corpus.size(), "category", "precision", "recall", "tp", "fp", "fn"));
		counts.forEach((category, c) -> {
			report.append(row(category.wireName(), c));
			for (int i = 0; i < total.length; i++) {
				total[i] += c[i];
			}
		});
		report.append(row("overall", total));
		misses.forEach((m) -> report.append("  ").append(m).append(System.lineSeparator()));
		System.out.println(report);
		return new Score(name, precision(total), recall(total));
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

	private static List<Labelled> corpus(String file) throws IOException {
		return lines(file).filter((line) -> !line.isBlank() && !line.startsWith("#")).map(Labelled::parse).toList();
	}

	private static long reportsNamed(String file) throws IOException {
		return lines(file).filter((line) -> line.startsWith("# report: ")).distinct().count();
	}

	private static Stream<String> lines(String file) throws IOException {
		try (InputStream in = LanguageCorpusTests.class.getResourceAsStream("/language/" + file)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines();
		}
	}

	private record Score(String name, double precision, double recall) {
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
