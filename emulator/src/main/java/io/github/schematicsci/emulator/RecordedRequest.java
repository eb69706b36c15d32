package io.github.schematicsci.emulator;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One request the emulator received, as the emulator answered it. Immutable.
 *
 * <p>No secret is kept: {@code Authorization}, {@code Cookie}, {@code Proxy-Authorization} (and other
 * credential headers) are blanked to e.g. {@code "Bearer ██"}; of the form body only the field names are
 * kept, plus the values of the non-secret fields {@code response_type}, {@code uaa_client_id},
 * {@code uaa_client_secret}, {@code grant_type}, {@code bss_account} and {@code account}.
 */
public final class RecordedRequest {
  private final long sequence;
  private final String method;
  private final String path;
  private final Map<String, String> query;
  private final Map<String, List<String>> headers;
  private final Route route;
  private final String region;
  private final Set<String> formFieldNames;
  private final Map<String, String> formValues;
  private final int status;
  private final Fault fault;
  private final String basicClientId;

  RecordedRequest(long sequence, String method, String path, Map<String, String> query,
      Map<String, List<String>> headers, Route route, String region, Set<String> formFieldNames,
      Map<String, String> formValues, int status, Fault fault, String basicClientId) {
    this.sequence = sequence;
    this.method = method;
    this.path = path;
    this.query = query;
    this.headers = headers;
    this.route = route;
    this.region = region;
    this.formFieldNames = formFieldNames;
    this.formValues = formValues;
    this.status = status;
    this.fault = fault;
    this.basicClientId = basicClientId;
  }

  /** Position of this request in the emulator's log, counting from 1. */
  public long sequence() {
    return sequence;
  }

  /** The HTTP method, e.g. {@code "GET"}. */
  public String method() {
    return method;
  }

  /** The path as sent (percent-encoding kept), without the query. */
  public String path() {
    return path;
  }

  /** The query parameters, decoded; the first occurrence of a name wins. Credential values are blanked. */
  public Map<String, String> query() {
    return query;
  }

  /** The headers, names in lower case, credential values blanked (the scheme is kept). */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** Returns the first value of header {@code name} (any case), or null. Credential values are blanked. */
  public String header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** The operation the path was routed to. */
  public Route route() {
    return route;
  }

  /** The {@code {region}} path segment of a Schematics route (as sent, even if unknown), else null. */
  public String region() {
    return region;
  }

  /** The {@code grant_type} form field of a token request, or null. */
  public String grantType() {
    return route == Route.TOKEN ? formValues.get("grant_type") : null;
  }

  /** The names of the form fields that were sent; values are not kept. Empty for non-form requests. */
  public Set<String> formFieldNames() {
    return formFieldNames;
  }

  /**
   * Returns the value of a non-secret form field ({@code response_type}, {@code uaa_client_id},
   * {@code uaa_client_secret}, {@code grant_type}, {@code bss_account}, {@code account}), or null when it
   * was not sent or is not one of those (secret fields such as {@code apikey} always give null).
   */
  public String formValue(String name) {
    return formValues.get(name);
  }

  /** The status actually sent, including injected faults; -1 when the connection was reset before any. */
  public int status() {
    return status;
  }

  /** The fault applied to this request, or null. */
  public Fault fault() {
    return fault;
  }

  /** The {@code User-Agent} header, or null. */
  public String userAgent() {
    return header("User-Agent");
  }

  /** The client id of a {@code Basic} Authorization header (e.g. {@code "bx"}), or null. */
  public String basicClientId() {
    return basicClientId;
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("RecordedRequest{#").append(sequence).append(' ')
        .append(method).append(' ').append(path);
    if (!query.isEmpty()) {
      text.append(" query=").append(query);
    }
    text.append(" route=").append(route);
    if (region != null) {
      text.append(" region=").append(region);
    }
    if (!formFieldNames.isEmpty()) {
      text.append(" form=").append(formFieldNames).append(" values=").append(formValues);
    }
    text.append(" status=").append(status);
    if (fault != null) {
      text.append(" fault=").append(fault);
    }
    return text.append(" headers=").append(headers).append('}').toString();
  }
}
