package io.github.schematicsci.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The two error body shapes: IAM's {@code {errorCode, errorMessage, errorDetails, context}} and
 * Schematics' {@code {requestid, timestamp, messageid, message, statuscode}} (which the emulator also uses for
 * the Accounts API, whose real error shape is undocumented).
 */
final class ErrorBodies {
  private final EmulatorClock clock;
  private final String iamUrl;

  ErrorBodies(EmulatorClock clock, String iamUrl) {
    this.clock = clock;
    this.iamUrl = iamUrl;
  }

  /** An IAM error; {@code details} may be null. */
  Response iam(int status, String code, String message, String details, IncomingRequest request) {
    return Response.json(status, iamBody(code, message, details, request));
  }

  /** The body of an IAM error, for answers that add fields to it. */
  ObjectNode iamBody(String code, String message, String details, IncomingRequest request) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("errorCode", code);
    body.put("errorMessage", message);
    if (details != null) {
      body.put("errorDetails", details);
    }
    ObjectNode context = body.putObject("context");
    context.put("requestId", request.requestId());
    context.put("requestType", "incoming.Identity_Token");
    String userAgent = request.header("user-agent");
    if (userAgent != null) {
      context.put("userAgent", userAgent);
    }
    context.put("clientIp", "127.0.0.1");
    context.put("url", iamUrl);
    context.put("instanceId", "schematics-ci-emulator");
    context.put("threadId", Long.toHexString(Thread.currentThread().getId()));
    context.put("host", "schematics-ci-emulator");
    context.put("startTime", Times.iamContext(request.receivedAt()));
    context.put("endTime", Times.iamContext(clock.instant()));
    context.put("elapsedTime", "0");
    context.put("locale", "en_US");
    context.put("clusterName", "schematics-ci-emulator");
    return body;
  }

  /** A Schematics-shaped error. */
  Response schematics(int status, String messageId, String message, IncomingRequest request) {
    ObjectNode body = Json.MAPPER.createObjectNode();
    body.put("requestid", request.requestId());
    body.put("timestamp", Times.schematics(clock.instant()));
    body.put("messageid", messageId);
    body.put("message", message);
    body.put("statuscode", status);
    return Response.json(status, body);
  }

  /** The body of an injected {@link Fault.Status}, in the shape of the request's API family. */
  Response injected(int status, IncomingRequest request) {
    String reason = HttpStatus.reason(status);
    if (request.route() == Route.TOKEN) {
      return iam(status, "BXNIM9" + status + "E", "Injected fault: HTTP " + status + " " + reason + ".",
          "HTTP " + status + " " + reason, request);
    }
    return schematics(status, "M9" + status, "Injected fault: HTTP " + status + " " + reason + ".", request);
  }

  /** 404 for a path no API has, in the shape of the API family the path looks like. */
  Response unknownPath(IncomingRequest request) {
    if (RoutedPath.isIamPath(request.rawPath())) {
      return iam(404, "BXNIM0060E", "Web application exception 'javax.ws.rs.NotFoundException' during request processing.",
          "HTTP 404 Not Found", request);
    }
    return schematics(404, "M1074",
        "The requested object cannot be located. Check that the ID is correct and try your request again.", request);
  }
}
