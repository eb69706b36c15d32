package hudson.model;

import java.io.PrintStream;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/model/TaskListener.java.
// Left out: SerializableOnlyOverRemoting and the members this plugin does not call.
public interface TaskListener {
    PrintStream getLogger();
}
