package io.jenkins.plugins.schematics.structure;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The references a compiled class makes, read from its constant pool: every type it names (in class entries,
 * descriptors, generic signatures and annotations) and every field and method it uses. Enough to check the plugin
 * against the stubs without loading or running either.
 */
final class ClassFile {
    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([A-Za-z0-9_/$]+)[;<]");

    /** A field or method used: owner and name in internal form, with its descriptor. */
    record MemberRef(String owner, String name, String descriptor, boolean field) {
    }

    final String name;
    final Set<String> types = new LinkedHashSet<>();
    final List<MemberRef> members = new ArrayList<>();

    private ClassFile(String name) {
        this.name = name;
    }

    static ClassFile read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(new DataInputStream(in));
        }
    }

    private static ClassFile read(DataInputStream in) throws IOException {
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        Object[] pool = new Object[count];
        int[][] refs = new int[count][];
        int[] tags = new int[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            tags[i] = tag;
            switch (tag) {
                case 1 -> pool[i] = in.readUTF();
                case 3, 4 -> in.readInt();
                case 5, 6 -> {
                    in.readLong();
                    i++;
                }
                case 7, 8, 16, 19, 20 -> refs[i] = new int[] {in.readUnsignedShort()};
                case 9, 10, 11, 12, 17, 18 -> refs[i] = new int[] {in.readUnsignedShort(), in.readUnsignedShort()};
                case 15 -> {
                    in.readUnsignedByte();
                    refs[i] = new int[] {in.readUnsignedShort()};
                }
                default -> throw new IOException("unknown constant pool tag " + tag + " at " + i);
            }
        }
        in.readUnsignedShort();
        int thisClass = in.readUnsignedShort();
        ClassFile file = new ClassFile((String) pool[refs[thisClass][0]]);
        for (int i = 1; i < count; i++) {
            if (tags[i] == 7) {
                String className = (String) pool[refs[i][0]];
                if (className.startsWith("[")) {
                    addTypes(className, file.types);
                } else {
                    file.types.add(className);
                }
            } else if (tags[i] == 1) {
                addTypes((String) pool[i], file.types);
            } else if (tags[i] == 9 || tags[i] == 10 || tags[i] == 11) {
                String owner = (String) pool[refs[refs[i][0]][0]];
                int[] nameAndType = refs[refs[i][1]];
                file.members.add(new MemberRef(owner, (String) pool[nameAndType[0]], (String) pool[nameAndType[1]],
                        tags[i] == 9));
            }
        }
        return file;
    }

    private static void addTypes(String text, Set<String> into) {
        Matcher m = TYPE_IN_DESCRIPTOR.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }

    /** Returns true for the packages only the Jenkins repository serves, i.e. what the stubs must declare. */
    static boolean isJenkinsType(String internalName) {
        return internalName.startsWith("hudson/") || internalName.startsWith("jenkins/")
                || internalName.startsWith("org/kohsuke/stapler/")
                || internalName.startsWith("com/cloudbees/plugins/credentials/")
                || internalName.startsWith("org/jenkinsci/plugins/") || internalName.equals("org/jenkinsci/Symbol");
    }

    /** Lists the class files under {@code root} (recursively). */
    static List<Path> under(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
    }
}
