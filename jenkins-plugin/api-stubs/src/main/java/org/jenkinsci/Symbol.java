package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

// Compile-only stub of jenkinsci/lib-symbol-annotation (symbol-annotation 1.24) src/main/java/org/jenkinsci/Symbol.java.
// Left out: the @Indexed meta-annotation (annotation-indexer is not on Maven Central in the version Jenkins uses).
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Documented
public @interface Symbol {
    String[] value();
}
