package dev.sharpend.statuspage;

import org.springframework.modulith.NamedInterface;

/** What a public notice is. */
@NamedInterface("api")
public enum NoticeKind {

	/** An unplanned problem: a status incident. */
	INCIDENT,

	/** Planned work announced ahead: a scheduled maintenance. */
	MAINTENANCE

}
