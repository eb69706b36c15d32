package hudson.model;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/model/Job.java (see README.md).
// Only the type is used (Run's bound). Left out: AbstractItem and the interfaces.
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> {
    @SuppressWarnings("rawtypes")
    protected Job(ItemGroup parent, String name) {
        throw new UnsupportedOperationException("compile-only stub");
    }
}
