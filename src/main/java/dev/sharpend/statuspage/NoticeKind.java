package dev.sharpend.statuspage;

/** What a public notice is. */
public enum NoticeKind {

	/** An unplanned problem: a status incident. */
	INCIDENT,

	/** Planned work announced ahead: a scheduled maintenance. */
	MAINTENANCE

}
