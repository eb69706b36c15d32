package io.github.schematicsci.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schematicsci.core.testing.GuardedTest;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core's public surface, committed in core/api/core.api and reviewed like any other change: this test fails when the
 * public types, constructors, methods or fields differ from the file. After a deliberate change, rerun with
 * {@code -Dapi.update=true} to rewrite the file, and commit it with the change.
 */
class PublicApiTest extends GuardedTest {
    private static final Path CLASSES = Path.of("target", "classes");
    private static final Path LISTING = Path.of("api", "core.api");

    @Test
    void thePublicApiIsTheCommittedOne() throws Exception {
        String actual = listing();
        if (Boolean.getBoolean("api.update")) {
            Files.createDirectories(LISTING.getParent());
            Files.writeString(LISTING, actual);
        }
        assertThat(LISTING).as("core/api/core.api exists (create it with -Dapi.update=true)").exists();
        assertThat(actual).as("core's public API; if the change is deliberate, rerun with -Dapi.update=true and commit "
                + "core/api/core.api").isEqualTo(Files.readString(LISTING));
    }

    private static String listing() throws IOException, ClassNotFoundException {
        List<String> lines = new ArrayList<>();
        for (String name : classNames()) {
            Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
            if (!isVisible(type)) {
                continue;
            }
            lines.add(describe(type) + " {");
            List<String> members = new ArrayList<>();
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (isVisible(c.getModifiers())) {
                    members.add("  " + modifiers(c.getModifiers()) + "<init>(" + types(c.getGenericParameterTypes()) + ")");
                }
            }
            for (Method m : type.getDeclaredMethods()) {
                if (isVisible(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()) {
                    members.add("  " + modifiers(m.getModifiers()) + m.getGenericReturnType().getTypeName() + " "
                            + m.getName() + "(" + types(m.getGenericParameterTypes()) + ")");
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (isVisible(f.getModifiers()) && !f.isSynthetic()) {
                    members.add("  " + modifiers(f.getModifiers()) + f.getGenericType().getTypeName() + " " + f.getName());
                }
            }
            members.sort(null);
            lines.addAll(members);
            lines.add("}");
        }
        return String.join("\n", lines) + "\n";
    }

    private static List<String> classNames() throws IOException {
        Path root = CLASSES.resolve("io/github/schematicsci/core");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> CLASSES.relativize(p).toString().replace('/', '.').replace(".class", ""))
                    .filter(n -> !n.contains(".internal.") && !n.contains("$$"))
                    .sorted()
                    .collect(Collectors.toList());
        }
    }

    private static boolean isVisible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
            if (!isVisible(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVisible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }

    private static String describe(Class<?> type) {
        String kind = type.isRecord() ? "record" : type.isEnum() ? "enum" : type.isAnnotation() ? "@interface"
                : type.isInterface() ? "interface" : "class";
        String supertype = type.getGenericSuperclass() == null || type.isEnum() || type.isRecord()
                || type.getSuperclass() == Object.class ? "" : " extends " + type.getGenericSuperclass().getTypeName();
        String interfaces = type.getGenericInterfaces().length == 0 ? ""
                : (type.isInterface() ? " extends " : " implements ") + types(type.getGenericInterfaces());
        int mods = type.getModifiers() & ~(type.isInterface() ? Modifier.ABSTRACT : 0);
        return modifiers(mods) + (type.isSealed() ? "sealed " : "") + kind + " " + type.getTypeName() + supertype
                + interfaces;
    }

    private static String modifiers(int modifiers) {
        String text = Modifier.toString(modifiers & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.STATIC
                | Modifier.FINAL | Modifier.ABSTRACT));
        return text.isEmpty() ? "" : text + " ";
    }

    private static String types(java.lang.reflect.Type[] types) {
        return Arrays.stream(types).map(java.lang.reflect.Type::getTypeName).collect(Collectors.joining(", "));
    }
}
