package io.github.schematicsci.emulator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Decides which header, query and form values are secret, and blanks them. The one place for that rule. */
final class Redaction {
  static final String MASK = "\u2588\u2588";

  /** Headers whose value is a credential. Authorization-like ones keep their scheme. */
  private static final Set<String> SECRET_HEADERS = Set.of(
      "authorization", "proxy-authorization", "cookie", "set-cookie", "refresh_token", "delegated_token",
      "x-github-token", "apikey", "x-api-key", "password", "passcode", "access_token");

  /** Form fields whose value the request log keeps; every other value is dropped. */
  static final Set<String> KEPT_FORM_FIELDS = Set.of(
      "response_type", "uaa_client_id", "uaa_client_secret", "grant_type", "bss_account", "account");

  /** Query parameters (and form fields) that carry credentials. */
  private static final Set<String> SECRET_PARAMETERS = Set.of(
      "apikey", "password", "passcode", "refresh_token", "access_token", "client_secret", "cookie", "code");

  private Redaction() {}

  static boolean isSecretHeader(String lowerCaseName) {
    return SECRET_HEADERS.contains(lowerCaseName);
  }

  /** Returns {@code "Basic ██"} for {@code "Basic abc"}, {@code "██"} for a value without a scheme. */
  static String redactHeaderValue(String value) {
    int space = value.indexOf(' ');
    return space > 0 ? value.substring(0, space) + " " + MASK : MASK;
  }

  /** Copies headers with lower-case names and secret values blanked. */
  static Map<String, List<String>> headers(Map<String, List<String>> lowerCaseHeaders) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    lowerCaseHeaders.forEach((name, values) -> {
      List<String> kept = new ArrayList<>(values.size());
      for (String value : values) {
        kept.add(isSecretHeader(name) ? redactHeaderValue(value) : value);
      }
      copy.put(name, List.copyOf(kept));
    });
    return Collections.unmodifiableMap(copy);
  }

  /** Copies query parameters with credential values blanked. */
  static Map<String, String> query(Map<String, String> query) {
    Map<String, String> copy = new LinkedHashMap<>();
    query.forEach((name, value) ->
        copy.put(name, SECRET_PARAMETERS.contains(name.toLowerCase(Locale.ROOT)) ? MASK : value));
    return Collections.unmodifiableMap(copy);
  }

  /** Keeps only the values of {@link #KEPT_FORM_FIELDS}. */
  static Map<String, String> keptFormValues(Map<String, String> form) {
    Map<String, String> kept = new LinkedHashMap<>();
    form.forEach((name, value) -> {
      if (KEPT_FORM_FIELDS.contains(name)) {
        kept.put(name, value);
      }
    });
    return Collections.unmodifiableMap(kept);
  }
}
