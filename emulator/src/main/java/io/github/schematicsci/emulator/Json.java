package io.github.schematicsci.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The emulator's one Jackson configuration. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /** Reads seeds strictly, so that a misspelt field name fails instead of being ignored. */
  static final ObjectReader SEED_READER = MAPPER.readerFor(Seed.class)
      .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private Json() {}

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(JsonNode node) {
    return new String(bytes(node), StandardCharsets.UTF_8);
  }

  /** Parses JSON text given as the argument {@code name}. */
  static JsonNode readTree(String text, String name) {
    try {
      return MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + " is not valid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
