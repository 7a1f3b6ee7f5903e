package dev.sharpend.incident;

import dev.sharpend.system.AuditedChange;

/**
 * Something changed on an incident. Every incident event implements this, so a listener
 * (outbound webhooks, chat replies, live pages) can follow one incident's changes; each
 * declares itself {@code @Audited(target = "incident")} with the incident as its id.
 */
public interface IncidentEvent extends AuditedChange {

	/** The incident's number. */
	long incident();

}
