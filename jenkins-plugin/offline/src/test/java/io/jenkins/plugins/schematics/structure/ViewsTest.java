package io.jenkins.plugins.schematics.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The views agree with the classes: every jelly file is well-formed XML; every {@code field="x"} is a property with a
 * getter that a {@code @DataBoundConstructor} parameter or a {@code @DataBoundSetter} sets, and has a
 * {@code help-x.html}; and every configurable property is in a view, so the form, the snippet generator and JCasC
 * round-trip. Reflection only: the classes are loaded, never instantiated.
 */
@Tag("structure")
class ViewsTest {
    private static final String PACKAGE = "io/jenkins/plugins/schematics/";

    /** Properties rendered by a page another plugin provides (credentials' id-and-description, MultiBinding's select). */
    private static final Map<String, Set<String>> INCLUDED = Map.of(
            "IbmCloudApiKeyCredentialsImpl", Set.of("scope", "id", "description"),
            "IamTokenBinding", Set.of("credentialsId"));

    private static List<Path> jellyFiles() throws IOException {
        try (var files = Files.walk(Paths.pluginResources())) {
            return files.filter(p -> p.toString().endsWith(".jelly")).sorted().toList();
        }
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // views are ours, but never parse with DTDs or external entities (XXE)
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        return builder.parse(file.toFile());
    }

    @Test
    void everyJellyFileIsWellFormedXmlWithEscapeByDefault() throws Exception {
        List<Path> files = jellyFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        for (Path file : files) {
            assertThat(parse(file).getDocumentElement().getLocalName()).as(file.toString()).isEqualTo("jelly");
            assertThat(Files.readString(file)).as(file + " escapes by default")
                    .contains("<?jelly escape-by-default='true'?>");
        }
    }

    @Test
    void everyFieldIsABoundPropertyWithAGetterAndAHelpFile() throws Exception {
        List<String> problems = new ArrayList<>();
        int fields = 0;
        for (Path file : jellyFiles()) {
            Class<?> owner = ownerOf(file);
            if (owner == null) {
                continue; // index.jelly
            }
            for (String field : fields(file)) {
                fields++;
                if (getter(owner, field) == null) {
                    problems.add(file.getFileName() + " of " + owner.getSimpleName() + ": no getter for " + field);
                }
                if (!boundProperties(owner).contains(field)) {
                    problems.add(owner.getSimpleName() + "." + field + " is set by neither @DataBoundConstructor nor "
                            + "@DataBoundSetter");
                }
                if (!Files.isRegularFile(file.resolveSibling("help-" + field + ".html"))) {
                    problems.add(owner.getSimpleName() + ": no help-" + field + ".html");
                }
            }
        }
        assertThat(fields).isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBoundPropertyIsInAView() throws Exception {
        Map<Class<?>, Set<String>> shown = new java.util.LinkedHashMap<>();
        for (Path file : jellyFiles()) {
            Class<?> owner = ownerOf(file);
            if (owner != null) {
                shown.computeIfAbsent(owner, k -> new LinkedHashSet<>()).addAll(fields(file));
            }
        }
        assertThat(shown.keySet()).extracting(Class::getSimpleName).containsExactlyInAnyOrder(
                "IbmCloudApiKeyCredentialsImpl", "SchematicsWorkspaceStep", "SchematicsWorkspacesStep", "IamTokenBinding",
                "SchematicsWorkspaceBuilder", "IbmCloudSchematicsConfiguration");
        List<String> problems = new ArrayList<>();
        shown.forEach((owner, fields) -> {
            for (String property : boundProperties(owner)) {
                boolean included = INCLUDED.getOrDefault(owner.getSimpleName(), Set.of()).contains(property);
                if (!fields.contains(property) && !included) {
                    problems.add(owner.getSimpleName() + "." + property + " is in no view");
                }
                if (getter(owner, property) == null) {
                    problems.add(owner.getSimpleName() + "." + property + " has no getter (JCasC export, snippets)");
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everySecretPropertyIsAPasswordFieldAndOnlyThose() throws Exception {
        // f:password sends the Secret encrypted and never renders it in clear; a textbox would show it
        List<String> problems = new ArrayList<>();
        int secrets = 0;
        for (Path file : jellyFiles()) {
            Class<?> owner = ownerOf(file);
            if (owner == null) {
                continue;
            }
            NodeList all = parse(file).getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element entry = (Element) all.item(i);
                String field = entry.getAttribute("field");
                if (field.isEmpty() || getter(owner, field) == null) {
                    continue;
                }
                boolean secret = getter(owner, field).getReturnType() == hudson.util.Secret.class;
                boolean password = entry.getElementsByTagNameNS("/lib/form", "password").getLength() > 0;
                secrets += secret ? 1 : 0;
                if (secret != password) {
                    problems.add(owner.getSimpleName() + "." + field + (secret ? " is a Secret but not an f:password"
                            : " is an f:password but not a Secret"));
                }
            }
        }
        assertThat(secrets).as("apiKey, trustStorePassword").isEqualTo(2);
        assertThat(problems).isEmpty();
    }

    /** The class a view belongs to: its folder's name, in the plugin's package. */
    private static Class<?> ownerOf(Path file) throws ClassNotFoundException {
        String relative = Paths.pluginResources().relativize(file.getParent()).toString().replace('\\', '/');
        if (!relative.startsWith(PACKAGE)) {
            return null;
        }
        return Class.forName(relative.replace('/', '.'), false, ViewsTest.class.getClassLoader());
    }

    private static Set<String> fields(Path file) throws Exception {
        Set<String> fields = new LinkedHashSet<>();
        NodeList all = parse(file).getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String field = ((Element) all.item(i)).getAttribute("field");
            if (!field.isEmpty()) {
                fields.add(field);
            }
        }
        return fields;
    }

    private static Method getter(Class<?> type, String property) {
        String suffix = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        for (Method m : type.getMethods()) {
            boolean named = m.getName().equals("get" + suffix)
                    || m.getName().equals("is" + suffix) && m.getReturnType() == boolean.class;
            if (named && m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
                return m;
            }
        }
        return null;
    }

    /** The properties Stapler can set: @DataBoundConstructor parameters and @DataBoundSetter setters. */
    static Set<String> boundProperties(Class<?> type) {
        Set<String> properties = new LinkedHashSet<>();
        for (Constructor<?> c : type.getConstructors()) {
            if (c.isAnnotationPresent(DataBoundConstructor.class)) {
                for (Parameter p : c.getParameters()) {
                    assertThat(p.isNamePresent()).as("compiled with -parameters").isTrue();
                    properties.add(p.getName());
                }
            }
        }
        for (Method m : type.getMethods()) {
            if (m.isAnnotationPresent(DataBoundSetter.class) && m.getName().startsWith("set")) {
                properties.add(Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4));
            }
        }
        return properties;
    }
}
