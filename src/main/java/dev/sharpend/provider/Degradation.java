package dev.sharpend.provider;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.sharpend.catalog.ComponentId;
import dev.sharpend.catalog.ComponentStatus;

/**
 * A status Sharpend set on one of our components because of its providers.
 *
 * @param component our component
 * @param applied the status Sharpend set
 * @param previous the status it had before, given back when the providers recover
 * @param since when Sharpend first set a status
 * @param overridden whether a person has changed the status since; the override holds
 * until the next upstream change
 * @param locked whether a person keeps the override beyond upstream changes
 */
record Degradation(ComponentId component, ComponentStatus applied, ComponentStatus previous, Instant since,
		boolean overridden, boolean locked) {

	/**
	 * What to do with our component after an upstream change, given its status now, the
	 * degradation held for it (null for none) and the status its mappings ask for (null
	 * when its providers are well). Sharpend never makes a component look better than a
	 * person set it: it only gives back a status it set itself, and leaves a status a
	 * person made as bad or worse.
	 */
	static Outcome decide(ComponentId component, ComponentStatus current, @Nullable Degradation held,
			@Nullable ComponentStatus wanted, Instant now) {
		if (held != null && held.locked) {
			return new Outcome(null, held);
		}
		boolean inControl = held != null && !held.overridden && held.applied == current;
		if (wanted == null) {
			return new Outcome(inControl ? held.previous : null, null);
		}
		if (inControl) {
			return new Outcome((wanted != current) ? wanted : null,
					new Degradation(component, wanted, held.previous, held.since, false, false));
		}
		if (current.severity() >= wanted.severity()) {
			return new Outcome(null, null);
		}
		ComponentStatus previous = (held != null) ? held.previous : current;
		Instant since = (held != null) ? held.since : now;
		return new Outcome(wanted, new Degradation(component, wanted, previous, since, false, false));
	}

	/** The same degradation, overridden by a person. */
	Degradation overriddenByPerson() {
		return new Degradation(this.component, this.applied, this.previous, this.since, true, this.locked);
	}

	/** The same degradation with the person's override kept or released. */
	Degradation locked(boolean locked) {
		return new Degradation(this.component, this.applied, this.previous, this.since, this.overridden || locked,
				locked);
	}

	/**
	 * The decision: the status to set (null to leave it), and the degradation to hold
	 * afterwards (null for none).
	 */
	record Outcome(@Nullable ComponentStatus setTo, @Nullable Degradation held) {
	}

}
