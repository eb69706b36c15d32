package io.jenkins.plugins.schematics.structure;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Extension;
import hudson.model.Item;
import hudson.util.Secret;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jenkinsci.Symbol;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.verb.POST;

/**
 * The Jenkins-facing declarations, checked by reflection (nothing is instantiated): extensions and symbols are
 * registered, every form method is guarded, and nothing Jenkins persists (configuration, build records, Pipeline
 * state) can hold a secret.
 */
@Tag("structure")
class DescriptorsTest {
    private static final String PKG = "io.jenkins.plugins.schematics.";

    private static Class<?> type(String simpleName) throws ClassNotFoundException {
        return Class.forName(PKG + simpleName, false, DescriptorsTest.class.getClassLoader());
    }

    @Test
    void extensionsAndSymbols() throws Exception {
        Map<String, String> symbols = Map.of(
                "IbmCloudApiKeyCredentialsImpl$DescriptorImpl", "ibmCloudApiKey",
                "IamTokenBinding$DescriptorImpl", "ibmCloudIamToken",
                "SchematicsWorkspaceBuilder$DescriptorImpl", "schematicsWorkspaceEnv",
                "IbmCloudSchematicsConfiguration", "ibmCloudSchematics");
        for (Map.Entry<String, String> e : symbols.entrySet()) {
            Class<?> descriptor = type(e.getKey());
            assertThat(descriptor.isAnnotationPresent(Extension.class)).as(e.getKey()).isTrue();
            assertThat(descriptor.getAnnotation(Symbol.class).value()).as(e.getKey()).containsExactly(e.getValue());
        }
        for (String step : List.of("SchematicsWorkspaceStep$DescriptorImpl", "SchematicsWorkspacesStep$DescriptorImpl")) {
            assertThat(type(step).isAnnotationPresent(Extension.class)).as(step).isTrue();
        }
    }

    @Test
    void everyFormMethodIsGuarded() throws Exception {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String name : List.of("IbmCloudApiKeyCredentialsImpl$DescriptorImpl", "SchematicsWorkspaceStep$DescriptorImpl",
                "SchematicsWorkspacesStep$DescriptorImpl", "IamTokenBinding$DescriptorImpl",
                "SchematicsWorkspaceBuilder$DescriptorImpl", "IbmCloudSchematicsConfiguration")) {
            Class<?> descriptor = type(name);
            boolean global = name.equals("IbmCloudSchematicsConfiguration");
            for (Method m : descriptor.getDeclaredMethods()) {
                boolean check = m.getName().startsWith("doCheck");
                boolean fill = m.getName().startsWith("doFill");
                if (!check && !fill) {
                    continue;
                }
                checked++;
                // checks may be sent by POST only (no CSRF, no GET-triggered validation); fills have no side effect
                if (check && !m.isAnnotationPresent(POST.class)) {
                    problems.add(name + "." + m.getName() + " lacks @POST");
                }
                // outside the global page, the item the form belongs to decides who may see what
                if (!global && !takesAncestorItem(m)) {
                    problems.add(name + "." + m.getName() + " takes no @AncestorInPath Item");
                }
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(20);
        assertThat(problems).isEmpty();
    }

    private static boolean takesAncestorItem(Method m) {
        for (Parameter p : m.getParameters()) {
            if (p.getType() == Item.class && p.isAnnotationPresent(AncestorInPath.class)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void nothingJenkinsSavesWithAJobOrABuildCanHoldASecret() throws Exception {
        // saved in config.xml (steps' arguments, builder, binding), build.xml (action) and program.dat (executions)
        List<String> problems = new ArrayList<>();
        for (String name : List.of("SchematicsWorkspaceStep", "SchematicsWorkspacesStep", "IamTokenBinding",
                "SchematicsWorkspaceBuilder", "WorkspaceEnvironmentAction", "SchematicsWorkspaceStep$Execution",
                "SchematicsWorkspacesStep$Execution", "service.WorkspaceParameters", "service.ListParameters")) {
            for (Field f : type(name).getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) {
                    continue;
                }
                String field = f.getName().toLowerCase(Locale.ROOT);
                if (f.getType() == Secret.class || field.contains("password") || field.contains("apikey")
                        || field.contains("secret") || field.equals("token") || field.contains("accesstoken")) {
                    problems.add(name + "." + f.getName() + " could hold a secret");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void stepExecutionsSerializeOnlyPlainParameters() throws Exception {
        for (String name : List.of("SchematicsWorkspaceStep$Execution", "SchematicsWorkspacesStep$Execution")) {
            for (Field f : type(name).getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())) {
                    continue;
                }
                assertThat(Serializable.class.isAssignableFrom(f.getType())).as(name + "." + f.getName()).isTrue();
                assertThat(f.getType().getPackageName()).as(name + "." + f.getName())
                        .isEqualTo(PKG + "service");
            }
        }
        for (String name : List.of("service.WorkspaceParameters", "service.ListParameters")) {
            for (Field f : type(name).getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    assertThat(f.getType()).as(name + "." + f.getName()).isIn(String.class, boolean.class);
                }
            }
        }
    }

    @Test
    void theGlobalConfigurationKeepsTheTrustStorePasswordOnlyAsASecret() throws Exception {
        // GlobalConfiguration.save() writes every non-transient field to JENKINS_HOME; a Secret is written encrypted,
        // and JCasC exports it encrypted too
        Class<?> configuration = type("IbmCloudSchematicsConfiguration");
        assertThat(configuration.getDeclaredField("trustStorePassword").getType()).isEqualTo(Secret.class);
        assertThat(configuration.getMethod("getTrustStorePassword").getReturnType()).isEqualTo(Secret.class);
        assertThat(configuration.getMethod("setTrustStorePassword", Secret.class)).isNotNull();
        List<String> problems = new ArrayList<>();
        for (Field f : configuration.getDeclaredFields()) {
            String field = f.getName().toLowerCase(Locale.ROOT);
            boolean named = field.contains("password") || field.contains("secret") || field.contains("token");
            if (!Modifier.isStatic(f.getModifiers()) && named && f.getType() != Secret.class) {
                problems.add(f.getName() + " is a " + f.getType().getSimpleName() + ", not a Secret");
            }
        }
        assertThat(problems).isEmpty();
        // the form check receives the password as the page holds it (encrypted) and never as a String
        Method check = configuration.getMethod("doCheckTrustStorePath", String.class, String.class, Secret.class);
        assertThat(check.isAnnotationPresent(POST.class)).isTrue();
    }

    @Test
    void theCredentialTypeIsFinalAndKeepsItsKeyAsASecret() throws Exception {
        Class<?> credential = type("IbmCloudApiKeyCredentialsImpl");
        assertThat(Modifier.isFinal(credential.getModifiers())).isTrue();
        assertThat(credential.getDeclaredField("apiKey").getType()).isEqualTo(Secret.class);
        assertThat(credential.getMethod("getApiKey").getReturnType()).isEqualTo(Secret.class);
        assertThat(credential.getSuperclass().getName())
                .isEqualTo("com.cloudbees.plugins.credentials.impl.BaseStandardCredentials");
        assertThat(credential.getInterfaces()).extracting(Class::getName)
                .contains("org.jenkinsci.plugins.plaincredentials.StringCredentials");
    }
}
