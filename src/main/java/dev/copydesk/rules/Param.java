package dev.copydesk.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares one parameter of a check type: a component of the type's parameter record. The
 * component's name is the parameter's name in YAML, its Java type the parameter's type; this
 * annotation adds the default and the description that {@code rules list --verbose} and the
 * README's rule reference print.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Param {
    /** Marks a parameter every rule of the type must set. */
    String REQUIRED = "\u0000required";

    /** What the parameter does, in one sentence. */
    String value();

    /** The default, written as YAML ("4", "true", "[yesterday, today]", "null"); {@link #REQUIRED} when there is none. */
    String dflt() default REQUIRED;
}
