package dev.sharpend.statuspage;

import java.util.Arrays;

import dev.sharpend.system.WireCode;

import org.springframework.modulith.NamedInterface;

/** Where a status incident or maintenance stands; each status belongs to one kind. */
@NamedInterface("api")
public enum NoticeStatus implements WireCode {

	/** The team is looking into a problem. */
	INVESTIGATING("investigating", NoticeKind.INCIDENT, false),

	/** The cause is known and a fix is under way. */
	IDENTIFIED("identified", NoticeKind.INCIDENT, false),

	/** A fix is in place and being watched. */
	MONITORING("monitoring", NoticeKind.INCIDENT, false),

	/** The problem is over. */
	RESOLVED("resolved", NoticeKind.INCIDENT, true),

	/** Over, and a postmortem has been published. */
	POSTMORTEM("postmortem", NoticeKind.INCIDENT, true),

	/** Announced; the work has not started. */
	SCHEDULED("scheduled", NoticeKind.MAINTENANCE, false),

	/** The work is happening now. */
	IN_PROGRESS("in_progress", NoticeKind.MAINTENANCE, false),

	/** The work is done and being checked. */
	VERIFYING("verifying", NoticeKind.MAINTENANCE, false),

	/** The work is over. */
	COMPLETED("completed", NoticeKind.MAINTENANCE, true);

	private final String code;

	private final NoticeKind kind;

	private final boolean closed;

	NoticeStatus(String code, NoticeKind kind, boolean closed) {
		this.code = code;
		this.kind = kind;
		this.closed = closed;
	}

	@Override
	public String code() {
		return this.code;
	}

	/** The status as readers see it, such as "In progress". */
	public String label() {
		return Character.toUpperCase(this.code.charAt(0)) + this.code.substring(1).replace('_', ' ');
	}

	public NoticeKind kind() {
		return this.kind;
	}

	/** Whether the notice is over (resolved, postmortem, completed). */
	public boolean closed() {
		return this.closed;
	}

	/** The statuses a notice of this kind may take, as a readable list. */
	static String codesOf(NoticeKind kind) {
		return String.join(", ",
				Arrays.stream(values()).filter((s) -> s.kind == kind).map(NoticeStatus::code).toList());
	}

}
