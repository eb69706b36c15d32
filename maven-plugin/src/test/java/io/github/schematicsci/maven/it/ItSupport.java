package io.github.schematicsci.maven.it;

import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.Seed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What the invoker IT scripts share ({@code addTestClassPath} puts it on their class path): start an emulator in the
 * outer Maven JVM and hand its endpoints to the IT build as user properties, stop it, and look for secrets in files.
 *
 * <p>A {@code setup.groovy} calls {@link #start(Map)}; the IT build then sees {@code schematics.iamUrl},
 * {@code schematics.accountsUrl} and {@code schematics.schematicsUrl}. {@code verify.groovy} calls {@link #stop(Map)}
 * in a {@code finally}.
 */
public final class ItSupport {
    /** The context key of the running emulator. */
    public static final String EMULATOR = "emulator";
    /** The context key of a running {@link RecordingProxy}. */
    public static final String PROXY = "proxy";
    /** The seed every scenario runs against (src/test/resources/.../it-seed.json). */
    public static final String SEED = "it-seed.json";

    private ItSupport() {
    }

    /** Starts an emulator seeded with the IT seed and passes its endpoints to the IT build. */
    public static Emulator start(Map<String, Object> context) throws IOException {
        return start(context, Emulator.builder().seed(itSeed()));
    }

    /** Starts an emulator from {@code builder} and passes its endpoints to the IT build. */
    public static Emulator start(Map<String, Object> context, Emulator.Builder builder) throws IOException {
        Emulator emulator = builder.start();
        context.put(EMULATOR, emulator);
        Properties user = userProperties(context);
        user.setProperty("schematics.iamUrl", emulator.iamUrl());
        user.setProperty("schematics.accountsUrl", emulator.accountsUrl());
        user.setProperty("schematics.schematicsUrl", emulator.schematicsUrlTemplate());
        return emulator;
    }

    /** Returns the IT build's user properties (invoker passes them as {@code -D}). */
    @SuppressWarnings("unchecked")
    public static Properties userProperties(Map<String, Object> context) {
        return (Properties) context.get("userProperties");
    }

    /** Returns the emulator {@link #start} put into {@code context}. */
    public static Emulator emulator(Map<String, Object> context) {
        Emulator emulator = (Emulator) context.get(EMULATOR);
        if (emulator == null) {
            throw new IllegalStateException("no emulator in the script context: did setup.groovy call ItSupport.start?");
        }
        return emulator;
    }

    /** Stops the emulator and the proxy, if running. Safe to call twice. */
    public static void stop(Map<String, Object> context) {
        Object proxy = context.remove(PROXY);
        if (proxy instanceof RecordingProxy recording) {
            recording.close();
        }
        Object emulator = context.remove(EMULATOR);
        if (emulator instanceof Emulator running) {
            running.close();
        }
    }

    /** Returns the IT seed. */
    public static Seed itSeed() {
        try (InputStream in = ItSupport.class.getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException(SEED + " is not on the class path");
            }
            return Seed.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a properties file (UTF-8). */
    public static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /**
     * Returns where any of {@code secrets} occurs in {@code buildLog} or any file under {@code directory}: one line per
     * file and secret, naming the secret only by a fingerprint (so a failing test does not leak it either).
     */
    public static List<String> findSecrets(Path buildLog, Path directory, Collection<String> secrets)
            throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        files.add(buildLog);
        if (Files.isDirectory(directory)) {
            try (Stream<Path> walk = Files.walk(directory)) {
                walk.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            // ISO-8859-1 maps every byte to one char, so a secret is found whatever the file's encoding.
            String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
            for (String secret : secrets) {
                if (secret != null && secret.length() >= 6 && text.contains(secret)) {
                    found.add(file + " contains the secret with fingerprint " + fingerprint(secret)
                            + " (" + secret.length() + " characters)");
                }
            }
        }
        return found;
    }

    /** Returns how many files {@link #findSecrets} would scan: proof that the scan looked at something. */
    public static int countFiles(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return (int) walk.filter(Files::isRegularFile).count();
        }
    }

    /** Returns the last 8 hex digits of the SHA-256 of {@code secret}. */
    public static String fingerprint(String secret) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(hash);
            return hex.substring(hex.length() - 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Starts a recording proxy that requires {@code username}/{@code password}, and remembers it for {@link #stop}. */
    public static RecordingProxy startProxy(Map<String, Object> context, String username, String password)
            throws IOException {
        RecordingProxy proxy = RecordingProxy.start(username, password);
        context.put(PROXY, proxy);
        return proxy;
    }

    /** Returns the running proxy. */
    public static RecordingProxy proxy(Map<String, Object> context) {
        return (RecordingProxy) context.get(PROXY);
    }

    /** Returns how many lines of {@code text} contain {@code fragment}. */
    public static long countLines(String text, String fragment) {
        return text.lines().filter(line -> line.contains(fragment)).count();
    }
}
