package dev.sharpend.review;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import dev.sharpend.system.RequestRejected;
import dev.sharpend.system.WireCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review templates: which sections, in which order, a new review starts with. A
 * change applies to reviews started afterwards; existing reviews keep their sections.
 */
@Service
@Transactional
public class ReviewTemplates {

	static final int MAX_NAME = 200;

	// Leaves room for a "-99" suffix within the 40 characters of the id column.
	private static final int MAX_SLUG = 36;

	private final ReviewRepository repository;

	private final ReviewEvents events;

	private final Clock clock;

	ReviewTemplates(ReviewRepository repository, ReviewEvents events, Clock clock) {
		this.repository = repository;
		this.events = events;
		this.clock = clock;
	}

	/** All templates, by name. */
	@Transactional(readOnly = true)
	public List<ReviewTemplate> list() {
		return this.repository.templates();
	}

	/**
	 * Adds a template. Its id is a slug of the name, suffixed ({@code -2}, {@code -3}, …)
	 * when another template holds it.
	 * @throws RequestRejected on a blank or too long name, a name another template has,
	 * or no, unknown or repeated sections
	 */
	public ReviewTemplate create(String name, List<String> sections) {
		String title = name(name, "");
		List<SectionKey> keys = sections(sections);
		ReviewTemplate created = new ReviewTemplate(freeId(slug(title)), title, keys);
		try {
			this.repository.insertTemplate(created, this.clock.instant());
		}
		catch (DuplicateKeyException ex) {
			throw RequestRejected.conflict("name", "Another template was just created with this name; try again.");
		}
		this.events.publish(new ReviewTemplateCreated(created.id(), summary(created)));
		return created;
	}

	/**
	 * Renames a template or changes its sections (null keeps either as it is); new
	 * reviews use it from then on.
	 */
	public ReviewTemplate edit(String id, String name, List<String> sections) {
		ReviewTemplate current = this.repository.template(id)
			.orElseThrow(() -> RequestRejected.notFound("There is no review template " + id + "."));
		String title = (name != null) ? name(name, id) : current.name();
		List<SectionKey> keys = (sections != null) ? sections(sections) : current.sections();
		ReviewTemplate next = new ReviewTemplate(id, title, keys);
		this.repository.saveTemplate(next, this.clock.instant());
		this.events.publish(new ReviewTemplateChanged(id, summary(next)));
		return next;
	}

	private String name(String name, String self) {
		String title = (name != null) ? name.strip() : "";
		if (title.isEmpty() || title.length() > MAX_NAME) {
			throw RequestRejected.invalid("name", "Give the template a name of 1 to " + MAX_NAME + " characters.");
		}
		boolean taken = this.repository.templates()
			.stream()
			.anyMatch((t) -> !t.id().equals(self) && t.name().equalsIgnoreCase(title));
		if (taken) {
			throw RequestRejected.conflict("name", "There is already a template named " + title + ".");
		}
		return title;
	}

	static List<SectionKey> sections(List<String> codes) {
		if (codes == null || codes.isEmpty()) {
			throw RequestRejected.invalid("sections", "A template needs at least one section.");
		}
		List<SectionKey> keys = new ArrayList<>();
		for (String code : codes) {
			SectionKey key = WireCode.find(SectionKey.class, (code != null) ? code.strip() : "")
				.orElseThrow(() -> RequestRejected.invalid("sections",
						"There is no section " + code + "; the sections are " + known() + "."));
			if (keys.contains(key)) {
				throw RequestRejected.invalid("sections",
						"The section " + key.code() + " is listed twice; a template has each section once.");
			}
			keys.add(key);
		}
		return List.copyOf(keys);
	}

	/** A short id from a name: lower-case ASCII letters and digits joined by hyphens. */
	static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (slug.length() > MAX_SLUG) {
			slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "template" : slug;
	}

	private String freeId(String slug) {
		String id = slug;
		for (int n = 2; this.repository.template(id).isPresent(); n++) {
			id = slug + "-" + n;
		}
		return id;
	}

	private static String known() {
		return Arrays.stream(SectionKey.values()).map(SectionKey::code).collect(Collectors.joining(", "));
	}

	private static String summary(ReviewTemplate t) {
		return "name=" + t.name() + ", sections="
				+ t.sections().stream().map(SectionKey::code).collect(Collectors.joining(","));
	}

}
