package dev.sharpend.system;

import org.jspecify.annotations.Nullable;

/**
 * An event that records a write. Every state change a module publishes implements this,
 * and the audit log writes it in the same transaction as the change itself.
 * <p>
 * A record that declares {@link Audited} gets every method from its declaration and its
 * components; it overrides one only where the value depends on the change (an action that
 * reads "created" or "updated", say).
 */
public interface AuditedChange {

	/** A stable dotted name such as {@code user.created}. */
	default String action() {
		return AuditedRecord.of(getClass()).action();
	}

	/** The kind of thing changed, such as {@code user}. */
	default String targetType() {
		return AuditedRecord.of(getClass()).targetType();
	}

	/** The identifier of the thing changed, or null. */
	default @Nullable String targetId() {
		return AuditedRecord.of(getClass()).targetId(this);
	}

	/** A short summary of the changed fields; never a secret value. */
	default String summary() {
		return AuditedRecord.of(getClass()).summary(this);
	}

	/**
	 * Whether this change goes into the audit log. Changes Sharpend makes on its own in
	 * volume (an alert group resolving because its alerts resolved) say no; the data they
	 * change is its own record.
	 */
	default boolean audited() {
		return true;
	}

}
