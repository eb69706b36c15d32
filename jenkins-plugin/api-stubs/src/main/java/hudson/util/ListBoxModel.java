package hudson.util;

import java.util.ArrayList;

// Compile-only stub of jenkinsci/jenkins@jenkins-2.479.3 core/src/main/java/hudson/util/ListBoxModel.java.
// Left out: the Stapler HttpResponse interface and the members this plugin does not call.
public class ListBoxModel extends ArrayList<ListBoxModel.Option> {
    public ListBoxModel() {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public ListBoxModel add(String nameAndValue) {
        throw new UnsupportedOperationException("compile-only stub");
    }

    public static final class Option {
        public String name;
        public String value;
        public boolean selected;

        public Option(String name, String value) {
            throw new UnsupportedOperationException("compile-only stub");
        }
    }
}
