package dev.sharpend.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * The hypotheses that turned out wrong in past incidents, shown next to similar incidents
 * ("ruled out back then"). The incident module answers it; without it the lists are
 * empty.
 */
@NamedInterface("api")
public interface RuledOutHypotheses {

	/** The refuted hypotheses' statements per incident number, for incidents with any. */
	Map<Long, List<String>> forIncidents(Collection<Long> incidents);

}
