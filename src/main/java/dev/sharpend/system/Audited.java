package dev.sharpend.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares what an {@link AuditedChange} record writes to the audit log, so the record
 * itself is all a module writes: the action and the kind of target come from here, the
 * target's identifier from the component marked {@link Id}, and the summary lists every
 * other component as {@code name=value}, leaving out those marked {@link Omit} and those
 * that are null.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Audited {

	/**
	 * A stable dotted name such as {@code user.role_changed}; empty when the record
	 * computes it by overriding {@link AuditedChange#action()}.
	 */
	String action() default "";

	/**
	 * The kind of thing changed, such as {@code user}; empty when the record computes it
	 * by overriding {@link AuditedChange#targetType()}.
	 */
	String target() default "";

	/** The record component that identifies the changed thing. */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.RECORD_COMPONENT)
	@interface Id {

	}

	/**
	 * A record component the audit log must never hold (a secret, a token, a body too
	 * large to be useful in a log line).
	 */
	@Documented
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.RECORD_COMPONENT)
	@interface Omit {

	}

}
