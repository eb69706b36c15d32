package io.github.schematicsci.emulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Accounts API: {@code GET /coe/v2/accounts} (the accounts the token's identity is a member of, paged by a
 * relative {@code next_url}) and {@code GET /coe/v2/accounts/{guid}}.
 */
final class AccountsEndpoint {
  private static final String PATH = "/coe/v2/accounts";
  /** Accounts have no dates in the seed; every account shows these. */
  private static final String CREATED_AT = "2019-03-14T09:26:53.154Z";
  private static final String UPDATED_AT = "2024-11-05T16:02:11.508Z";

  private final EmulatorState state;
  private final BearerAuth auth;
  private final ErrorBodies errors;
  private final int pageSize;

  AccountsEndpoint(EmulatorState state, BearerAuth auth, ErrorBodies errors, int pageSize) {
    this.state = state;
    this.auth = auth;
    this.errors = errors;
    this.pageSize = pageSize;
  }

  Response handle(IncomingRequest request) {
    if (!request.method().equals("GET")) {
      return errors.schematics(405, "M9405", "Method " + request.method() + " is not allowed here; use GET.", request)
          .withHeader("Allow", "GET");
    }
    BearerAuth.Result result = auth.authenticate(request);
    if (!result.ok()) {
      return errors.schematics(401, "M9401", result.failure(), request);
    }
    SeedIndex index = state.index();
    List<Seed.Account> mine = memberships(index, result.access().iamId());
    String guid = request.routed().accountId();
    if (guid != null) {
      for (Seed.Account account : mine) {
        if (account.id().equals(guid)) {
          return Response.json(200, resource(account, index));
        }
      }
      return errors.schematics(404, "M9404", "Account '" + guid + "' cannot be found for this user.", request);
    }
    return list(request, mine, index);
  }

  private Response list(IncomingRequest request, List<Seed.Account> mine, SeedIndex index) {
    int start = 0;
    String cursor = request.query().get("next_docid");
    if (cursor != null) {
      start = -1;
      for (int i = 0; i < mine.size(); i++) {
        if (mine.get(i).id().equals(cursor)) {
          start = i;
        }
      }
      if (start < 0) {
        return errors.schematics(400, "M9400", "next_docid '" + cursor + "' is not a cursor of this list;"
            + " follow next_url as returned.", request);
      }
    }
    int end = Math.min(mine.size(), start + pageSize);
    ObjectNode body = Json.MAPPER.createObjectNode();
    if (end < mine.size()) {
      body.put("next_url", PATH + "?next_docid=" + mine.get(end).id());
    } else {
      body.putNull("next_url");
    }
    body.put("total_results", mine.size());
    ArrayNode resources = body.putArray("resources");
    for (Seed.Account account : mine.subList(start, end)) {
      resources.add(resource(account, index));
    }
    return Response.json(200, body);
  }

  /** The identity's accounts in seed order; none if the identity was removed since the token was issued. */
  private static List<Seed.Account> memberships(SeedIndex index, String iamId) {
    Identity who = index.identity(iamId);
    List<Seed.Account> mine = new ArrayList<>();
    if (who != null) {
      for (Seed.Account account : index.accounts()) {
        if (who.isMemberOf(account.id())) {
          mine.add(account);
        }
      }
    }
    return mine;
  }

  private static ObjectNode resource(Seed.Account account, SeedIndex index) {
    ObjectNode resource = Json.MAPPER.createObjectNode();
    ObjectNode metadata = resource.putObject("metadata");
    metadata.put("guid", account.id());
    metadata.put("url", PATH + "/" + account.id());
    metadata.put("created_at", CREATED_AT);
    metadata.put("updated_at", UPDATED_AT);
    ObjectNode entity = resource.putObject("entity");
    entity.put("name", account.name());
    entity.put("type", account.type());
    entity.put("state", account.state());
    String owner = owner(account, index);
    if (owner != null) {
      entity.put("owner_userid", owner);
    }
    entity.put("country_code", "USA");
    entity.put("currency_code", "USD");
    entity.put("billing_country_code", "USA");
    entity.putObject("terms_and_conditions");
    entity.putArray("tags");
    entity.put("team_directory_enabled", true);
    entity.putArray("linkages");
    ObjectNode subscription = entity.putArray("bluemix_subscriptions").addObject();
    subscription.put("type", account.type());
    subscription.put("state", account.state());
    subscription.putArray("subscriptionTags");
    entity.put("configuration_id", "");
    entity.put("onboarded", -1);
    return resource;
  }

  /** The first user of the seed who is a member: the emulator's stand-in for the account owner. */
  private static String owner(Seed.Account account, SeedIndex index) {
    for (Seed.User user : index.seed().users()) {
      if (user.accounts().contains(account.id())) {
        return user.username();
      }
    }
    return null;
  }
}
