package io.jenkins.plugins.schematics.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;

/** Asserts that a text (a log, a message, a toString) holds none of the given secrets. */
final class Leaks {
    private Leaks() {
    }

    static void assertNoSecret(String text, Collection<String> secrets) {
        assertThat(secrets).as("the secrets to look for").isNotEmpty();
        for (String secret : secrets) {
            assertThat(text).as("text must not contain a secret").doesNotContain(secret);
        }
    }
}
