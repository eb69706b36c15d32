package hudson.model;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/model/Action.java (see README.md).
// Left out: the ModelObject super-interface (getDisplayName is declared here as Action re-declares it).
public interface Action {
    String getIconFileName();

    String getDisplayName();

    String getUrlName();
}
