package dev.sharpend.system;

/**
 * An event that records a write. Every state change a module publishes implements this,
 * and the audit log writes it in the same transaction as the change itself.
 */
public interface AuditedChange {

	/** A stable dotted name such as {@code user.created}. */
	String action();

	/** The kind of thing changed, such as {@code user}. */
	String targetType();

	/** The identifier of the thing changed, or null. */
	String targetId();

	/** A short summary of the changed fields; never a secret value. */
	String summary();

	/**
	 * Whether this change goes into the audit log. Changes Sharpend makes on its own in
	 * volume (an alert group resolving because its alerts resolved) say no; the data they
	 * change is its own record.
	 */
	default boolean audited() {
		return true;
	}

}
