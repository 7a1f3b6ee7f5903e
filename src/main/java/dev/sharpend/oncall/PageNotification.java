package dev.sharpend.oncall;

import java.time.Instant;
import java.util.UUID;

import dev.sharpend.identity.UserId;
import dev.sharpend.system.WireCode;

import org.jspecify.annotations.Nullable;

/**
 * One notification of a page.
 *
 * @param id the notification
 * @param page the page it belongs to
 * @param person who it notifies
 * @param contact when and how
 * @param state where it stands
 * @param digest whether it is the digest of pages held back
 * @param sentAt when it left, null until then
 */
record PageNotification(UUID id, UUID page, UserId person, PlannedContact contact, State state, boolean digest,
		@Nullable Instant sentAt) {

	/** Where a notification stands. */
	enum State implements WireCode {

		/** Waiting for its due time. */
		PENDING("pending"),

		/** Queued in the outbox, alone or as a digest. */
		SENT("sent"),

		/**
		 * Over the person's per-minute cap: waits to be listed in the next page or a
		 * digest.
		 */
		HELD("held"),

		/** Was held, then listed in another page or a digest that was sent. */
		LISTED("listed"),

		/** Not sent: the group was acknowledged or resolved first. */
		CANCELLED("cancelled");

		private final String code;

		State(String code) {
			this.code = code;
		}

		@Override
		public String code() {
			return this.code;
		}

	}

}
