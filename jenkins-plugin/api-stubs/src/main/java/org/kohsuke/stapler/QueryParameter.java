package org.kohsuke.stapler;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Compile-only stub of jenkinsci/stapler@1903.1905.ve5a_f469356f0 core/src/main/java/org/kohsuke/stapler/QueryParameter.java.
// Left out: the @InjectedParameter meta-annotation and the nested HandlerImpl (read by Stapler at run time only).
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@Documented
public @interface QueryParameter {
    String value() default "";

    boolean required() default false;

    boolean fixEmpty() default false;
}
