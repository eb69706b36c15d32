package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/model/Item.java (see README.md).
// Left out: PersistenceRoot, SearchableModelObject, OnMaster and the members this plugin does not use.
public interface Item extends AccessControlled {
    Permission CONFIGURE = null;
    Permission EXTENDED_READ = null;
}
