package dev.sharpend.review.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import dev.sharpend.review.ReviewTemplate;
import dev.sharpend.review.SectionKey;
import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

import org.springframework.util.MultiValueMap;

/**
 * A template's edit form: its name and one row per available section, included ones first
 * in their order. It works without JavaScript: each row has an "include" checkbox and a
 * position; saving orders the included rows by position.
 *
 * @param template the template as stored
 * @param name the name as shown in the form
 * @param rows the sections, in the order they are shown
 * @param open whether the form is shown unfolded
 */
record TemplateEditor(ReviewTemplate template, String name, List<Row> rows, boolean open) {

	public String id() {
		return this.template.id();
	}

	/** The form of a stored template. */
	static TemplateEditor of(ReviewTemplate template, boolean open) {
		List<Row> rows = new ArrayList<>();
		List<SectionKey> chosen = template.sections();
		IntStream.range(0, chosen.size())
			.forEach((i) -> rows.add(new Row(chosen.get(i), true, Integer.toString(i + 1))));
		for (SectionKey key : SectionKey.values()) {
			if (!chosen.contains(key)) {
				rows.add(new Row(key, false, ""));
			}
		}
		return new TemplateEditor(template, template.name(), rows, open);
	}

	/**
	 * The form as submitted, to show again with what was entered.
	 */
	static TemplateEditor submitted(ReviewTemplate template, MultiValueMap<String, String> form) {
		return new TemplateEditor(template, Objects.requireNonNullElse(form.getFirst("name"), ""), rows(form), true);
	}

	/**
	 * The rows as submitted: one field {@code row} per shown section (its code, in the
	 * shown order), {@code include} for each ticked one and {@code position-<code>} for
	 * each row.
	 */
	static List<Row> rows(MultiValueMap<String, String> form) {
		List<Row> rows = new ArrayList<>();
		List<String> included = Objects.requireNonNullElse(form.get("include"), List.of());
		for (String code : Objects.requireNonNullElse(form.get("row"), List.<String>of())) {
			WireCode.find(SectionKey.class, code)
				.filter((key) -> rows.stream().noneMatch((r) -> r.key() == key))
				.ifPresent((key) -> rows.add(new Row(key, included.contains(code),
						Objects.requireNonNullElse(form.getFirst("position-" + code), "").strip())));
		}
		return rows;
	}

	/**
	 * The included sections ordered by position. A section given the position another
	 * already has goes before it, as "move to position 2" means; sections without a
	 * position go last, in the order shown.
	 */
	static List<String> sections(List<Row> rows) {
		return IntStream.range(0, rows.size())
			.boxed()
			.filter((i) -> rows.get(i).included())
			.sorted(Comparator.<Integer>comparingInt((i) -> position(rows.get(i)))
				.thenComparing((i) -> position(rows.get(i)) == i + 1)
				.thenComparingInt((i) -> i))
			.map((i) -> rows.get(i).key().code())
			.toList();
	}

	private static int position(Row row) {
		if (row.position().isEmpty()) {
			return Integer.MAX_VALUE;
		}
		try {
			return Integer.parseInt(row.position());
		}
		catch (NumberFormatException ex) {
			throw RequestRejected.invalid("position-" + row.key().code(),
					"Give the position of " + row.key().label() + " as a whole number such as 1, 2 or 3.");
		}
	}

	/**
	 * One section in the form.
	 *
	 * @param key the section
	 * @param included whether the template has it
	 * @param position its position as entered (blank for none)
	 */
	record Row(SectionKey key, boolean included, String position) {
	}

}
