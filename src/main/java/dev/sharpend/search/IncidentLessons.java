package dev.sharpend.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * What past incidents taught, shown next to similar incidents so that a familiar pattern
 * is checked rather than assumed. The review module answers it; without reviews the map
 * is empty.
 */
@NamedInterface("api")
public interface IncidentLessons {

	/** The lessons per incident number, for those incidents that have any. */
	Map<Long, Lessons> forIncidents(Collection<Long> incidents);

	/**
	 * @param reviewTitle the review's title, or {@code null}
	 * @param reviewUrl where the review is read, or {@code null}
	 * @param factors the contributing factors recorded in the incident's reviews
	 * @param openActions action items not yet done or dropped
	 */
	record Lessons(String reviewTitle, String reviewUrl, List<Factor> factors, List<OpenAction> openActions) {
	}

	/**
	 * @param type such as {@code technical} or {@code process}
	 * @param description what the factor was
	 */
	record Factor(String type, String description) {
	}

	/**
	 * @param title what is to be done
	 * @param owner who owns it, or {@code null}
	 * @param due the due date, or {@code null}
	 * @param status {@code open} or {@code in_progress}
	 */
	record OpenAction(String title, String owner, LocalDate due, String status) {
	}

}
