package hudson.model.queue;

import hudson.model.Queue;
import org.springframework.security.core.Authentication;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/model/queue/Tasks.java.
public class Tasks {
    public Tasks() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static Authentication getAuthenticationOf2(Queue.Task t) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
