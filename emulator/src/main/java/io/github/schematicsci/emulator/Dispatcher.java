package io.github.schematicsci.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The emulator's one HTTP handler: reads the request, takes the route's next fault, lets the API (or the
 * fault) answer, records the request, then writes the answer. Recording comes before writing, so a client
 * holding its response always finds its request in the log.
 */
final class Dispatcher implements HttpHandler {
  private static final System.Logger LOG = System.getLogger(Emulator.class.getName());

  private final EmulatorClock clock;
  private final Randomness random;
  private final Faults faults;
  private final RequestLog log;
  private final ErrorBodies errors;
  private final TokenEndpoint token;
  private final AccountsEndpoint accounts;
  private final WorkspacesEndpoint workspaces;

  Dispatcher(EmulatorClock clock, Randomness random, Faults faults, RequestLog log, ErrorBodies errors,
      TokenEndpoint token, AccountsEndpoint accounts, WorkspacesEndpoint workspaces) {
    this.clock = clock;
    this.random = random;
    this.faults = faults;
    this.log = log;
    this.errors = errors;
    this.token = token;
    this.accounts = accounts;
    this.workspaces = workspaces;
  }

  @Override
  public void handle(HttpExchange exchange) {
    try {
      serve(exchange);
    } catch (IOException clientGone) {
      // The client went away or the connection broke; there is nobody left to answer.
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException bug) {
      LOG.log(System.Logger.Level.ERROR, "The emulator failed to handle " + exchange.getRequestMethod() + " "
          + exchange.getRequestURI().getRawPath(), bug);
    } finally {
      exchange.close();
    }
  }

  private void serve(HttpExchange exchange) throws IOException, InterruptedException {
    IncomingRequest request = IncomingRequest.read(exchange, random.uuid(), clock.instant());
    Fault fault = faults.poll(request.route());
    if (fault instanceof Fault.Delay delay) {
      TimeUnit.NANOSECONDS.sleep(delay.duration().toNanos());
    }
    Response response;
    try {
      response = respond(request, fault);
    } catch (RuntimeException bug) {
      LOG.log(System.Logger.Level.ERROR, "The emulator failed to answer " + request.method() + " " + request.rawPath(), bug);
      response = errors.schematics(500, "M9500", "The emulator failed with " + bug.getClass().getSimpleName()
          + "; see its log.", request);
    }
    if (response != null) {
      response = response.withHeader("Transaction-Id", request.requestId());
    }
    int status = response == null ? -1 : response.status();
    log.record(sequence -> RequestRecorder.record(sequence, request, status, fault));
    ResponseWriter.write(exchange, response, fault);
  }

  /** The answer to send, or null to drop the connection without one. */
  private Response respond(IncomingRequest request, Fault fault) {
    if (fault instanceof Fault.Status injected) {
      Response response = errors.injected(injected.code(), request);
      for (Map.Entry<String, String> header : injected.headers().entrySet()) {
        response = response.withHeader(header.getKey(), header.getValue());
      }
      return response;
    }
    if (fault instanceof Fault.ResetBeforeHeaders) {
      return null;
    }
    if (fault instanceof Fault.MalformedJson) {
      String start = request.route() == Route.TOKEN ? "{\"access_token\": " : "{\"requestid\": ";
      return Response.raw(200, Response.JSON, start + "<html>not json");
    }
    if (fault instanceof Fault.Body body) {
      return Response.raw(body.status(), body.contentType(), body.body());
    }
    if (fault instanceof Fault.Redirect redirect) {
      return new Response(redirect.status(), Map.of("Location", redirect.location()), new byte[0]);
    }
    return api(request);
  }

  private Response api(IncomingRequest request) {
    if (request.bodyTooLarge()) {
      String message = "The request body is larger than " + IncomingRequest.MAX_BODY + " bytes.";
      return request.route() == Route.TOKEN
          ? errors.iam(413, "BXNIM9413E", message, null, request)
          : errors.schematics(413, "M9413", message, request);
    }
    return switch (request.route()) {
      case TOKEN -> token.handle(request);
      case ACCOUNTS -> accounts.handle(request);
      case WORKSPACES_LIST, WORKSPACE_GET, WORKSPACE_OUTPUTS -> workspaces.handle(request);
      case UNKNOWN -> errors.unknownPath(request);
    };
  }
}
