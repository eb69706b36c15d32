package hudson.model;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/model/Queue.java (see README.md).
// Only the nested Task type is used. Left out: ResourceController, Saveable and every member.
public class Queue {
    private Queue() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    // Left out: ModelObject, SubTask and every member.
    public interface Task {
    }
}
