package io.github.schematicsci.core.account;

import java.util.Objects;

/** An IBM Cloud account the credential can see: id ({@code metadata.guid}), name, state and type. Immutable. */
public final class Account {
    private final String id;
    private final String name;
    private final String state;
    private final String type;

    public Account(String id, String name, String state, String type) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name == null ? "" : name;
        this.state = state == null ? "" : state;
        this.type = type == null ? "" : type;
    }

    /** Returns the 32-hex account id. */
    public String id() {
        return id;
    }

    /** Returns the account's name (may be empty). */
    public String name() {
        return name;
    }

    /** Returns the state, e.g. {@code ACTIVE} (may be empty). */
    public String state() {
        return state;
    }

    /** Returns the type, e.g. {@code TRIAL} or {@code PAYG} (may be empty). */
    public String type() {
        return type;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Account a && id.equals(a.id) && name.equals(a.name) && state.equals(a.state)
                && type.equals(a.type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, state, type);
    }

    @Override
    public String toString() {
        return id + " (" + name + (state.isEmpty() ? "" : ", " + state) + ")";
    }
}
