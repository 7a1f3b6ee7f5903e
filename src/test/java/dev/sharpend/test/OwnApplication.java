package dev.sharpend.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.annotation.DirtiesContext;

/**
 * Marks a test class whose application no other class shares (properties, beans or a
 * database of its own): the application is closed after the class instead of staying in
 * the context cache, where its schedulers would go on polling its database, each using
 * about 1 % of a core, for the rest of the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@DirtiesContext
public @interface OwnApplication {

}
