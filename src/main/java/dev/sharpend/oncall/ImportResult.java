package dev.sharpend.oncall;

import java.util.List;
import java.util.UUID;

/**
 * What an import created.
 *
 * @param plan the plan it followed
 * @param created the schedules and policies made, in order
 */
public record ImportResult(ImportPlan plan, List<Created> created) {

	public ImportResult {
		created = List.copyOf(created);
	}

	/**
	 * One object made.
	 *
	 * @param kind {@code schedule} or {@code escalation-policy}
	 * @param id its id
	 * @param name its name
	 */
	public record Created(String kind, UUID id, String name) {
	}

}
