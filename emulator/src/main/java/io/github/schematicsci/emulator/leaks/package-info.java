/**
 * A secret-leak guard for test suites: {@link io.github.schematicsci.emulator.leaks.LeakScanner} looks for API
 * keys, passwords, passcodes and tokens (plain, base64 and URL-encoded) in text, files and directory trees, and
 * {@link io.github.schematicsci.emulator.leaks.SecretLeakExtension} runs it over everything a JUnit 5 test prints,
 * logs or writes. Findings name where and which secret (by fingerprint), never the secret.
 */
package io.github.schematicsci.emulator.leaks;
