package dev.sharpend.incident.timeline;

import java.util.Set;

/**
 * Which entries of a timeline to show.
 *
 * @param kinds only these kinds (empty: all)
 * @param author only this author's, or null
 */
public record TimelineFilter(Set<EntryKind> kinds, String author) {

	public static final TimelineFilter ALL = new TimelineFilter(Set.of(), null);

}
