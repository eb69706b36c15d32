package org.kohsuke.stapler.verb;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Compile-only stub of jenkinsci/stapler@1903.1905.ve5a_f469356f0 core/src/main/java/org/kohsuke/stapler/verb/POST.java.
// Left out: the @InterceptorAnnotation meta-annotation (read by Stapler at run time only).
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface POST {
}
