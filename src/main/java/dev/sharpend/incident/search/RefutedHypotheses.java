package dev.sharpend.incident.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.sharpend.search.RuledOutHypotheses;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Answers search's question for the hypotheses past incidents refuted. */
@Component
@Transactional(readOnly = true)
class RefutedHypotheses implements RuledOutHypotheses {

	private final IncidentSearchData data;

	RefutedHypotheses(IncidentSearchData data) {
		this.data = data;
	}

	@Override
	public Map<Long, List<String>> forIncidents(Collection<Long> incidents) {
		return incidents.isEmpty() ? Map.of() : this.data.refuted(incidents);
	}

}
