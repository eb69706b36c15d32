package io.jenkins.plugins.schematics.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The stubs declare exactly the Jenkins API the plugin uses: every Jenkins type and member the compiled plugin
 * refers to is declared by a stub (not by some other jar), every stub is needed, each is documented in the
 * stubs' README, and no stub has behaviour. Reads class files; loads stub classes for reflection only.
 */
@Tag("structure")
class StubCoverageTest {
    private static final List<ClassFile> plugin = new ArrayList<>();

    @BeforeAll
    static void readPlugin() throws IOException {
        for (Path path : ClassFile.under(Paths.pluginClasses())) {
            plugin.add(ClassFile.read(path));
        }
        assertThat(plugin).as("plugin classes").hasSizeGreaterThan(10);
    }

    private static Set<String> jenkinsTypesUsedByPlugin() {
        Set<String> used = new TreeSet<>();
        for (ClassFile file : plugin) {
            file.types.stream().filter(ClassFile::isJenkinsType).forEach(used::add);
        }
        return used;
    }

    private static Path stubFile(String internalName) {
        return Paths.stubClasses().resolve(internalName + ".class");
    }

    @Test
    void everyJenkinsTypeThePluginUsesIsAStub() {
        Set<String> used = jenkinsTypesUsedByPlugin();
        assertThat(used).contains("hudson/model/Run", "org/jenkinsci/plugins/workflow/steps/Step",
                "com/cloudbees/plugins/credentials/CredentialsProvider", "org/kohsuke/stapler/DataBoundConstructor");
        List<String> missing = used.stream().filter(name -> !Files.isRegularFile(stubFile(name))).toList();
        assertThat(missing).as("Jenkins types used by the plugin with no stub").isEmpty();
    }

    @Test
    void theStubsAreWhatTheTestClassPathLoadsForThoseTypes() throws Exception {
        for (String name : jenkinsTypesUsedByPlugin()) {
            Class<?> type = load(name);
            assertThat(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toRealPath())
                    .as("where %s comes from", name).isEqualTo(Paths.stubClasses().toRealPath());
        }
    }

    @Test
    void everyJenkinsMemberThePluginUsesIsDeclaredWithTheSameDescriptor() throws Exception {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (ClassFile file : plugin) {
            for (ClassFile.MemberRef ref : file.members) {
                if (!ClassFile.isJenkinsType(ref.owner())) {
                    continue;
                }
                checked++;
                if (!declares(load(ref.owner()), ref)) {
                    missing.add(ref.owner() + "." + ref.name() + ref.descriptor() + " (used by " + file.name + ")");
                }
            }
        }
        assertThat(checked).as("member references checked").isGreaterThan(40);
        assertThat(missing).as("members used by the plugin that no stub declares").isEmpty();
    }

    @Test
    void everyStubIsNeededByThePluginOrByAnotherNeededStub() throws IOException {
        Set<String> needed = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>(jenkinsTypesUsedByPlugin());
        while (!queue.isEmpty()) {
            String name = queue.pop();
            if (needed.add(name) && Files.isRegularFile(stubFile(name))) {
                ClassFile.read(stubFile(name)).types.stream().filter(ClassFile::isJenkinsType).forEach(queue::add);
            }
        }
        List<String> unused = new ArrayList<>();
        for (Path path : ClassFile.under(Paths.stubClasses())) {
            String name = Paths.stubClasses().relativize(path).toString().replace('\\', '/').replaceAll("\\.class$", "");
            if (!needed.contains(name)) {
                unused.add(name);
            }
        }
        assertThat(unused).as("stubs nothing in the plugin needs: delete them").isEmpty();
    }

    @Test
    void everyStubTypeIsListedInTheReadmeWithItsSource() throws IOException {
        String readme = Files.readString(Paths.stubReadme());
        List<String> unlisted = new ArrayList<>();
        for (Path path : ClassFile.under(Paths.stubClasses())) {
            String name = Paths.stubClasses().relativize(path).toString().replace('\\', '/').replaceAll("\\.class$", "");
            if (!name.contains("$") && !readme.contains("`" + name.replace('/', '.') + "`")) {
                unlisted.add(name.replace('/', '.'));
            }
        }
        assertThat(unlisted).as("stub types missing from api-stubs/README.md").isEmpty();
    }

    @Test
    void noStubHasBehaviour() throws IOException {
        List<String> problems = new ArrayList<>();
        try (var sources = Files.walk(Paths.stubSources())) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(source);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("return") || line.contains(" return ")) {
                        problems.add(source.getFileName() + ":" + (i + 1) + " returns a value");
                    }
                    boolean body = line.endsWith("{") && line.contains("(") && !line.startsWith("@")
                            && !line.contains(" class ") && !line.contains(" interface ") && !line.contains(" enum ");
                    if (body) {
                        String next = lines.get(i + 1).strip();
                        if (next.startsWith("super(")) {
                            next = lines.get(i + 2).strip();
                        }
                        if (!next.equals("throw new UnsupportedOperationException(\"compile-only stub\");")) {
                            problems.add(source.getFileName() + ":" + (i + 2) + " does not throw at once: " + next);
                        }
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theJenkinsFreeLayerNamesNoJenkinsType() {
        List<String> offenders = new ArrayList<>();
        for (ClassFile file : plugin) {
            if (file.name.startsWith("io/jenkins/plugins/schematics/service/")) {
                file.types.stream().filter(ClassFile::isJenkinsType).forEach(t -> offenders.add(file.name + " → " + t));
            }
        }
        assertThat(offenders).isEmpty();
    }

    private static Class<?> load(String internalName) throws ClassNotFoundException {
        return Class.forName(internalName.replace('/', '.'), false, StubCoverageTest.class.getClassLoader());
    }

    /** Looks for the member in the owner and its supertypes, as the JVM's resolution would. */
    private static boolean declares(Class<?> owner, ClassFile.MemberRef ref) {
        Deque<Class<?>> types = new ArrayDeque<>();
        types.add(owner);
        while (!types.isEmpty()) {
            Class<?> type = types.pop();
            if (ref.field()) {
                for (Field f : type.getDeclaredFields()) {
                    if (f.getName().equals(ref.name()) && descriptor(f.getType()).equals(ref.descriptor())) {
                        return true;
                    }
                }
            } else if (ref.name().equals("<init>")) {
                for (Constructor<?> c : type.getDeclaredConstructors()) {
                    if (!Modifier.isPrivate(c.getModifiers()) && descriptor(c, void.class).equals(ref.descriptor())) {
                        return true;
                    }
                }
                return false; // constructors are not inherited
            } else {
                for (Method m : type.getDeclaredMethods()) {
                    if (m.getName().equals(ref.name()) && descriptor(m, m.getReturnType()).equals(ref.descriptor())) {
                        return true;
                    }
                }
            }
            if (type.getSuperclass() != null) {
                types.add(type.getSuperclass());
            }
            types.addAll(List.of(type.getInterfaces()));
        }
        return false;
    }

    private static String descriptor(Executable e, Class<?> returnType) {
        StringBuilder d = new StringBuilder("(");
        for (Class<?> p : e.getParameterTypes()) {
            d.append(descriptor(p));
        }
        return d.append(')').append(descriptor(returnType)).toString();
    }

    private static String descriptor(Class<?> type) {
        if (type.isArray()) {
            return "[" + descriptor(type.getComponentType());
        }
        if (type.isPrimitive()) {
            return switch (type.getName()) {
                case "void" -> "V";
                case "boolean" -> "Z";
                case "byte" -> "B";
                case "char" -> "C";
                case "short" -> "S";
                case "int" -> "I";
                case "long" -> "J";
                case "float" -> "F";
                case "double" -> "D";
                default -> throw new IllegalArgumentException(type.getName());
            };
        }
        return "L" + type.getName().replace('.', '/') + ";";
    }
}
