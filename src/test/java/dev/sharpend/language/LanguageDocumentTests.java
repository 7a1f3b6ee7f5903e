package dev.sharpend.language;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review on whole documents: five long post-incident reviews written by the project
 * in the manner of published blameless post-mortems ({@code language/documents/*.md}).
 * Each finding is printed with its surroundings and the verdict a person gave it in
 * {@code language/documents/judged.tsv} ("right", "right-keep" for right wording an
 * author would reasonably keep as written, "wrong"). A finding nobody judged counts as
 * wrong, so a rule change that adds findings has to be looked at.
 */
class LanguageDocumentTests {

	private static final List<String> DOCUMENTS = List.of("01-object-storage-latency.md", "02-registry-token-leak.md",
			"03-database-failover.md", "04-mesh-certificate-expiry.md", "05-edge-dns-config.md");

	private static final Pattern PEOPLE = Pattern.compile("<!-- people: (.*) -->");

	private final LanguageReview review = new LanguageReview();

	@Test
	void findsAtMostOneWrongFindingPerThousandWordsInLongReviews() throws IOException {
		Map<String, List<String[]>> judged = judged();
		StringBuilder report = new StringBuilder();
		int totalWords = 0;
		int totalWrong = 0;
		int totalFindings = 0;
		for (String document : DOCUMENTS) {
			String text = resource("documents/" + document);
			int words = text.split("\\s+").length;
			List<LanguageFinding> findings = this.review.review(text, people(text));
			int wrong = 0;
			report.append(String.format(Locale.ROOT, "%s: %d words, %d findings%n", document, words, findings.size()));
			for (LanguageFinding finding : findings) {
				String key = key(text, finding);
				String[] verdict = take(judged, document + "\t" + finding.rule() + "\t" + key);
				String judgement = (verdict != null) ? verdict[0] : "wrong (not judged)";
				wrong += judgement.startsWith("wrong") ? 1 : 0;
				report.append(String.format(Locale.ROOT, "  %-10s %-32s \"%s\" — %s%n", judgement, finding.rule(), key,
						(verdict != null) ? verdict[1] : "add it to judged.tsv with a verdict"));
			}
			report.append(
					String.format(Locale.ROOT, "  wrong: %d (%.2f per 1,000 words)%n", wrong, wrong * 1000.0 / words));
			assertThat(wrong * 1000.0 / words).as(document + ": wrong findings per 1,000 words")
				.isLessThanOrEqualTo(1.0);
			totalWords += words;
			totalWrong += wrong;
			totalFindings += findings.size();
		}
		report.append(
				String.format(Locale.ROOT, "All documents: %d words, %d findings, %d wrong (%.2f per 1,000 words)%n",
						totalWords, totalFindings, totalWrong, totalWrong * 1000.0 / totalWords));
		System.out.println(report);
		assertThat(totalWords).as("words in the documents").isGreaterThanOrEqualTo(15_000);
	}

	/**
	 * The flagged words and the four words after them, with white space collapsed: what
	 * {@code judged.tsv} names a finding by.
	 */
	private static String key(String text, LanguageFinding finding) {
		String after = text.substring(finding.end(), Math.min(text.length(), finding.end() + 80)).strip();
		String[] next = after.split("\\s+");
		String tail = String.join(" ", Arrays.asList(next).subList(0, Math.min(4, next.length)));
		return (finding.text() + " " + tail).replaceAll("\\s+", " ").strip();
	}

	private static String[] take(Map<String, List<String[]>> judged, String key) {
		List<String[]> verdicts = judged.get(key);
		return (verdicts == null || verdicts.isEmpty()) ? null : verdicts.remove(0);
	}

	private static List<String> people(String text) {
		Matcher matcher = PEOPLE.matcher(text);
		return matcher.find() ? List.of(matcher.group(1).split(",\\s*")) : List.of();
	}

	/** document, rule, key → verdicts (verdict, reason) in the order they are listed. */
	private static Map<String, List<String[]>> judged() throws IOException {
		Map<String, List<String[]>> judged = new HashMap<>();
		for (String line : resource("documents/judged.tsv").lines().toList()) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] parts = line.split("\t");
			judged.computeIfAbsent(parts[0] + "\t" + parts[1] + "\t" + parts[2], (k) -> new ArrayList<>())
				.add(new String[] { parts[3], parts[4] });
		}
		return judged;
	}

	private static String resource(String name) throws IOException {
		try (InputStream in = LanguageDocumentTests.class.getResourceAsStream("/language/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
