package io.github.schematicsci.emulator;

import java.util.Collections;
import java.util.LinkedHashSet;

/** Turns an {@link IncomingRequest} into the redacted {@link RecordedRequest} the log keeps. */
final class RequestRecorder {
  private RequestRecorder() {}

  static RecordedRequest record(long sequence, IncomingRequest request, int status, Fault fault) {
    String authorization = request.header("authorization");
    String basic = authorization == null ? null : TokenEndpoint.basicCredentials(authorization);
    // Only "id:secret" yields a client id; a Basic value without a colon may be a bare secret.
    String clientId = basic == null || basic.indexOf(':') < 0 ? null : basic.substring(0, basic.indexOf(':'));
    return new RecordedRequest(sequence, request.method(), request.rawPath(), Redaction.query(request.query()),
        Redaction.headers(request.headers()), request.route(), request.routed().region(),
        Collections.unmodifiableSet(new LinkedHashSet<>(request.form().keySet())), Redaction.keptFormValues(request.form()), status,
        fault, clientId);
  }
}
