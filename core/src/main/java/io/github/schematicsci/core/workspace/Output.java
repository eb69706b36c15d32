package io.github.schematicsci.core.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.schematicsci.core.internal.Json;
import java.util.Objects;
import java.util.Optional;

/**
 * One Terraform output of a workspace: its name, its value (any JSON), its type and whether Terraform marks it
 * sensitive. Immutable. {@link #toString()} never shows a sensitive value.
 */
public final class Output {
    private final String name;
    private final JsonNode value;
    private final String type;
    private final boolean sensitive;

    Output(String name, JsonNode value, String type, boolean sensitive) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = value;
        this.type = type;
        this.sensitive = sensitive;
    }

    /** Returns an output built from plain Java values (for tests and tools); {@code value} as Jackson maps it. */
    public static Output of(String name, Object value, String type, boolean sensitive) {
        return new Output(name, Json.MAPPER.valueToTree(value), type, sensitive);
    }

    public String name() {
        return name;
    }

    /**
     * Returns the value as plain Java: String, Integer/Long/BigInteger, BigDecimal, Boolean, List, Map (ordered), or
     * null.
     */
    public Object value() {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        try {
            return Json.MAPPER.treeToValue(value, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("output " + name + " has a value Jackson cannot map", e);
        }
    }

    /** Returns the value as text: a string as it is, anything else as compact JSON; {@code ""} for null. */
    public String valueAsText() {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "";
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    /** Returns the Terraform type when the API gives one ({@code string}, {@code ["list","string"]}, …). */
    public Optional<String> type() {
        return Optional.ofNullable(type);
    }

    /** Returns true when Terraform marks the output sensitive; such outputs are not exported unless asked for. */
    public boolean sensitive() {
        return sensitive;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Output other && name.equals(other.name) && Objects.equals(value, other.value)
                && Objects.equals(type, other.type) && sensitive == other.sensitive;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value, type, sensitive);
    }

    @Override
    public String toString() {
        return name + "=" + (sensitive ? "(sensitive)" : valueAsText());
    }
}
