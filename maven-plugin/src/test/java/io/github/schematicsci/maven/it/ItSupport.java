package io.github.schematicsci.maven.it;

import io.github.schematicsci.emulator.Emulator;
import io.github.schematicsci.emulator.Seed;
import io.github.schematicsci.emulator.leaks.Finding;
import io.github.schematicsci.emulator.leaks.LeakScanner;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the invoker IT scripts share ({@code addTestClassPath} puts it on their class path): start an emulator in the
 * outer Maven JVM (over HTTP, or HTTPS with trust stores for it) and hand its endpoints to the IT build as user
 * properties, stop it, and scan what the build printed and wrote for secrets with the shared {@link LeakScanner}.
 *
 * <p>A {@code setup.groovy} calls {@link #start(Map)}; the IT build then sees {@code schematics.iamUrl},
 * {@code schematics.accountsUrl} and {@code schematics.schematicsUrl}. Every {@code verify.groovy} ends its checks
 * with {@link #assertNoLeaks(Map, File, String...)} and calls {@link #stop(Map)} in a {@code finally}
 * ({@code ItScenariosTest} holds every scenario to that).
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
     * Fails (with {@link LeakScanner}'s message, which names file, line, which secret and its fingerprint, never the
     * secret) if the IT build printed or wrote a secret: scans every build log in {@code basedir} ({@code build.log},
     * and any other {@code build*.log}) and every file under each {@code target/} directory below {@code basedir}
     * (modules' too) for the emulator's seeded API keys, passwords and passcodes, every token it issued, and
     * {@code extraSecrets}. {@code settings.xml}, {@code invoker.properties} and the rest of {@code basedir} are not
     * scanned: they hold keys on purpose.
     *
     * <p>Call it from {@code verify.groovy} before {@link #stop}, while the emulator is in the context. Without an
     * emulator (a scenario that needs none), the IT seed's secrets are looked for.
     *
     * @return how many files were scanned (at least the build log)
     * @throws AssertionError if a secret was found, if there is no build log, or if there was nothing to look for
     */
    public static int assertNoLeaks(Map<String, Object> context, File basedir, String... extraSecrets)
            throws IOException {
        LeakScanner scanner = leakScanner(context, extraSecrets);
        if (scanner.secretCount() == 0) {
            throw new AssertionError("The leak scan has no secret to look for: the emulator has none");
        }
        List<Path> logs = buildLogs(basedir.toPath());
        if (logs.isEmpty()) {
            throw new AssertionError("No build.log in " + basedir + ": the leak scan would have scanned nothing");
        }
        List<Finding> findings = new ArrayList<>();
        int files = 0;
        for (Path log : logs) {
            findings.addAll(scanner.scanFile(log));
            files++;
        }
        for (Path target : targetDirectories(basedir.toPath())) {
            findings.addAll(scanner.scanTree(target));
            files += regularFileCount(target);
        }
        LeakScanner.assertClean(findings);
        return files;
    }

    /**
     * Returns a scanner for the secrets of the context's emulator (seeded, and every token issued up to each scan)
     * plus {@code extraSecrets}; without an emulator, for the IT seed's secrets plus {@code extraSecrets}.
     */
    public static LeakScanner leakScanner(Map<String, Object> context, String... extraSecrets) {
        Object running = context.get(EMULATOR);
        if (running instanceof Emulator emulator) {
            return LeakScanner.forEmulator(emulator, extraSecrets);
        }
        List<String> secrets = new ArrayList<>(itSeedSecrets());
        secrets.addAll(Arrays.asList(extraSecrets));
        return LeakScanner.of(secrets);
    }

    /** Returns the secrets the IT seed holds (API keys, passwords, passcodes), as an emulator seeded with it reports. */
    public static List<String> itSeedSecrets() {
        try (Emulator emulator = Emulator.builder().seed(itSeed()).start()) {
            return List.copyOf(emulator.seedSecrets());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start an emulator to read the IT seed's secrets", e);
        }
    }

    /** The invoker's build logs in {@code basedir}: {@code build.log}, and any other {@code build*.log}. */
    static List<Path> buildLogs(Path basedir) throws IOException {
        if (!Files.isDirectory(basedir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(basedir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith("build") && name.endsWith(".log");
                    })
                    .sorted()
                    .toList();
        }
    }

    /** Every directory named {@code target} below {@code basedir} (not looking inside one for more). */
    static List<Path> targetDirectories(Path basedir) throws IOException {
        List<Path> targets = new ArrayList<>();
        if (!Files.isDirectory(basedir)) {
            return targets;
        }
        Files.walkFileTree(basedir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (!dir.equals(basedir) && dir.getFileName().toString().equals("target")) {
                    targets.add(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }
        });
        targets.sort(null);
        return targets;
    }

    private static int regularFileCount(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return (int) walk.filter(Files::isRegularFile).count();
        }
    }

    /** Starts an HTTPS emulator (IT seed, self-signed certificate) and passes its {@code https://} endpoints. */
    public static Emulator startHttps(Map<String, Object> context) throws IOException {
        return start(context, Emulator.builder().seed(itSeed()).https(true));
    }

    /**
     * Writes a trust store holding only {@code certificate}: {@code JKS} (readable without a password) or
     * {@code PKCS12}, password-protected with {@code password} (the certificate is encrypted with it, as
     * {@code KeyStore.store} and keytool do by default).
     */
    public static Path writeTrustStore(Path file, String type, X509Certificate certificate, String password)
            throws IOException {
        try {
            KeyStore store = KeyStore.getInstance(type);
            store.load(null, null);
            store.setCertificateEntry("it-ca", certificate);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password.toCharArray());
            }
            return file;
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot write the trust store " + file + ": " + e, e);
        }
    }

    /**
     * Writes a PKCS12 trust store holding only {@code certificate} that needs no password: its certificate is not
     * encrypted and it has no integrity MAC. The JDK makes such files only through keytool with the
     * {@code keystore.pkcs12.certProtectionAlgorithm} and {@code keystore.pkcs12.macAlgorithm} properties set to
     * {@code NONE} (the recipe docs/maven.md gives users), so this runs that keytool.
     */
    public static Path writePasswordlessPkcs12(Path file, X509Certificate certificate) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path der = directory.resolve(file.getFileName() + ".der");
        try {
            Files.write(der, certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IOException("Cannot encode the certificate: " + e, e);
        }
        Files.deleteIfExists(file);
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        String keytool = Path.of(System.getProperty("java.home"), "bin", windows ? "keytool.exe" : "keytool").toString();
        List<String> command = List.of(keytool,
                "-J-Dkeystore.pkcs12.certProtectionAlgorithm=NONE", "-J-Dkeystore.pkcs12.macAlgorithm=NONE",
                "-importcert", "-noprompt", "-alias", "it-ca", "-file", der.toString(),
                "-keystore", file.toString(), "-storetype", "PKCS12", "-storepass", "unused-store-password");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("keytool could not write " + file + ": " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while keytool wrote " + file, e);
        } finally {
            Files.deleteIfExists(der);
        }
        return file;
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
