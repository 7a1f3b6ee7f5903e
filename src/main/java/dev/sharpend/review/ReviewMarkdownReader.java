package dev.sharpend.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

/**
 * Reads the Markdown that {@link ReviewMarkdown} writes. Personal accounts and the
 * curated timeline are not read back: an account belongs to the person who wrote it, and
 * timeline entries belong to an incident in the installation the review came from.
 */
final class ReviewMarkdownReader {

	private ReviewMarkdownReader() {
	}

	/**
	 * @param title the review's title
	 * @param template the template id, or empty
	 * @param sections prose sections by key code
	 * @param factors contributing factors
	 * @param mitigators mitigators
	 * @param actions action items
	 */
	record Parsed(String title, String template, Map<String, String> sections, List<Block> factors,
			List<Block> mitigators, List<Block> actions) {
	}

	/**
	 * A {@code ###} block: its heading, its text and its {@code - Name: value} facts
	 * (action items are only facts; factors only text).
	 */
	record Block(String heading, String text, Map<String, String> facts) {
	}

	static Parsed read(String markdown) {
		List<String> lines = Arrays.asList(markdown.replace("\r\n", "\n").split("\n", -1));
		String title = lines.stream()
			.filter((l) -> l.startsWith("# "))
			.findFirst()
			.map((l) -> l.substring(2).strip())
			.orElseThrow(() -> RequestRejected.invalid("markdown", "Start the document with a '# Title' line."));
		Map<String, String> facts = facts(until(lines, "## "));
		Map<String, String> sections = new LinkedHashMap<>();
		List<Block> factors = List.of();
		List<Block> mitigators = List.of();
		List<Block> actions = List.of();
		for (Map.Entry<String, String> section : sections(lines).entrySet()) {
			Optional<SectionKey> key = Arrays.stream(SectionKey.values())
				.filter((k) -> k.label().equalsIgnoreCase(section.getKey()))
				.findFirst();
			if (key.isEmpty()) {
				throw RequestRejected.invalid("markdown",
						"There is no review section called " + section.getKey() + ".");
			}
			switch (key.get()) {
				case FACTORS -> factors = blocks(section.getValue(), true);
				case MITIGATORS -> mitigators = blocks(section.getValue(), true);
				case ACTIONS -> actions = blocks(section.getValue(), false);
				case TIMELINE, ACCOUNTS -> {
				}
				default -> sections.put(key.get().code(), section.getValue().strip());
			}
		}
		return new Parsed(title, facts.getOrDefault("Template", ""), sections, factors, mitigators, actions);
	}

	private static List<String> until(List<String> lines, String prefix) {
		int end = 0;
		while (end < lines.size() && !lines.get(end).startsWith(prefix)) {
			end++;
		}
		return lines.subList(0, end);
	}

	private static Map<String, String> sections(List<String> lines) {
		Map<String, String> sections = new LinkedHashMap<>();
		String current = null;
		StringBuilder body = new StringBuilder();
		Fences fences = new Fences();
		for (String line : lines) {
			// Prose may hold its own headings and code: only a known section's heading
			// outside a code fence starts a section.
			if (!fences.inside(line) && line.startsWith("## ") && (current == null || section(line).isPresent())) {
				if (current != null) {
					sections.put(current, body.toString());
				}
				current = line.substring(3).strip();
				body = new StringBuilder();
			}
			else if (current != null) {
				body.append(line).append('\n');
			}
		}
		if (current != null) {
			sections.put(current, body.toString());
		}
		return sections;
	}

	private static Optional<SectionKey> section(String heading) {
		String label = heading.substring(3).strip();
		return Arrays.stream(SectionKey.values()).filter((k) -> k.label().equalsIgnoreCase(label)).findFirst();
	}

	/**
	 * The blocks of a factor, mitigator or action item section. Factor descriptions are
	 * prose, so there only a {@code ###} line naming a factor type starts a block.
	 */
	private static List<Block> blocks(String section, boolean typed) {
		List<Block> blocks = new ArrayList<>();
		String heading = null;
		List<String> body = new ArrayList<>();
		Fences fences = new Fences();
		for (String line : section.split("\n", -1)) {
			boolean starts = !fences.inside(line) && line.startsWith("### ") && (!typed || heading == null
					|| WireCode.find(FactorType.class, line.substring(4).strip()).isPresent());
			if (starts) {
				if (heading != null) {
					blocks.add(new Block(heading, text(body), facts(body)));
				}
				heading = line.substring(4).strip();
				body = new ArrayList<>();
			}
			else {
				body.add(line);
			}
		}
		if (heading != null) {
			blocks.add(new Block(heading, text(body), facts(body)));
		}
		return blocks;
	}

	/** Follows fenced code blocks (``` or ~~~) line by line. */
	private static final class Fences {

		private String open;

		/** Whether this line is inside a fenced code block, its fence lines included. */
		boolean inside(String line) {
			String stripped = line.stripLeading();
			String fence = stripped.startsWith("```") ? "```" : stripped.startsWith("~~~") ? "~~~" : null;
			if (this.open == null) {
				this.open = fence;
				return fence != null;
			}
			if (this.open.equals(fence)) {
				this.open = null;
			}
			return true;
		}

	}

	private static String text(List<String> body) {
		return String.join("\n", body.stream().filter((l) -> !l.startsWith("Evidence: ")).toList()).strip();
	}

	private static Map<String, String> facts(List<String> lines) {
		Map<String, String> facts = new LinkedHashMap<>();
		for (String line : lines) {
			int colon = line.indexOf(": ");
			if (line.startsWith("- ") && colon > 2) {
				facts.put(line.substring(2, colon).strip(), line.substring(colon + 2).strip());
			}
			else if (line.startsWith("Evidence: timeline entries ")) {
				facts.put("Evidence", line.substring("Evidence: timeline entries ".length()).strip());
			}
		}
		return facts;
	}

}
