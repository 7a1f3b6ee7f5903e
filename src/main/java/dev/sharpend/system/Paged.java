package dev.sharpend.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds the {@code page} and {@code size} request parameters of a list to a
 * {@link PageWindow}: {@code page} from 0 (default 0), {@code size} by default
 * {@link #size()} and at most {@link #maxSize()}. A value that is not a whole number or
 * is out of bounds is refused with 400 naming the parameter.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Paged {

	/** The page size when the request names none. */
	int size() default 50;

	/** The largest page size this list answers (at most 1,000). */
	int maxSize() default 500;

}
