package dev.sharpend.incident;

import java.util.EnumSet;
import java.util.Set;

import dev.sharpend.system.WireCode;

import org.springframework.modulith.NamedInterface;

/** Where an incident stands; it moves on only along the allowed transitions. */
@NamedInterface("api")
public enum IncidentStatus implements WireCode {

	/** Something is wrong and the team is finding out what. */
	INVESTIGATING,

	/** The impact is contained; the cause may still be open. */
	MITIGATED,

	/** The problem is over for the people it affected. */
	RESOLVED,

	/** Nothing more happens on it; follow-up lives in its review. */
	CLOSED;

	@Override
	public String code() {
		return name().toLowerCase();
	}

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase();
	}

	/** Whether the team is still responding (investigating or mitigated). */
	public boolean open() {
		return this == INVESTIGATING || this == MITIGATED;
	}

	/**
	 * The statuses this one may move to: on towards closed, or back to investigating when
	 * it turns out not to be over.
	 */
	public Set<IncidentStatus> next() {
		return switch (this) {
			case INVESTIGATING -> EnumSet.of(MITIGATED, RESOLVED);
			case MITIGATED -> EnumSet.of(INVESTIGATING, RESOLVED);
			case RESOLVED -> EnumSet.of(INVESTIGATING, CLOSED);
			case CLOSED -> EnumSet.noneOf(IncidentStatus.class);
		};
	}

}
