package dev.sharpend.incident;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * What declaring an incident needs.
 *
 * @param title a one-line description (required)
 * @param summary what is known so far, in Markdown, or null
 * @param severity a severity code (null: the least severe)
 * @param components ids of affected status page components, or null
 * @param alertGroups ids of alert groups it is declared from, or null
 */
@NamedInterface("api")
public record Declaration(String title, String summary, String severity, List<String> components,
		List<Long> alertGroups) {

	/** An incident with only a title: least severe, no summary, components or alerts. */
	public static Declaration titled(String title) {
		return new Declaration(title, null, null, null, null);
	}

	/** An incident declared from one alert group, titled as the group is. */
	public static Declaration fromAlertGroup(String title, long group) {
		return new Declaration(title, null, null, null, List.of(group));
	}

}
