package dev.sharpend.incident;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.modulith.NamedInterface;

/**
 * What a past incident's reviews taught, shown next to similar incidents so that a
 * familiar pattern is checked rather than assumed. The review module stores one review's
 * lessons ({@link #toStored()}) in the search document of each published review, under
 * {@link #STORED}; similar incidents read them back from there.
 *
 * @param reviewTitle the (latest) review's title
 * @param reviewUrl where the (latest) review is read
 * @param factors the contributing factors recorded in the reviews
 * @param openActions action items not yet done or dropped
 */
@NamedInterface("api")
public record IncidentLessons(String reviewTitle, @Nullable String reviewUrl, List<Factor> factors,
		List<OpenAction> openActions) {

	/** The search document type that carries lessons: one per published review. */
	public static final String DOCUMENT_TYPE = "review";

	/** The name under which a review's document stores its lessons. */
	public static final String STORED = "lessons";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	public IncidentLessons {
		factors = List.copyOf(factors);
		openActions = List.copyOf(openActions);
	}

	/** These lessons as a stored value of a search document. */
	public String toStored() {
		return JSON.writeValueAsString(this);
	}

	/** Lessons as {@link #toStored()} wrote them. */
	public static IncidentLessons fromStored(String stored) {
		return JSON.readValue(stored, IncidentLessons.class);
	}

	/**
	 * @param type such as {@code technical} or {@code process}
	 * @param description what the factor was
	 */
	public record Factor(String type, String description) {
	}

	/**
	 * @param title what is to be done
	 * @param owner who owns it, or {@code null}
	 * @param due the due date, or {@code null}
	 * @param status {@code open} or {@code in_progress}
	 */
	public record OpenAction(String title, @Nullable String owner, @Nullable LocalDate due, String status) {
	}

}
