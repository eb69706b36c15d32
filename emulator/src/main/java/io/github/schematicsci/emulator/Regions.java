package io.github.schematicsci.emulator;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Schematics locations and the geographies that serve several of them. */
final class Regions {
  /** Every workspace location the emulator knows, in the order the docs list them. */
  static final List<String> LOCATIONS = List.of("us-south", "us-east", "eu-de", "eu-gb", "ca-tor", "ca-mon");

  /** Geography endpoints and the locations they serve. */
  static final Map<String, Set<String>> GEOGRAPHIES = Map.of(
      "us", Set.of("us-south", "us-east"),
      "eu", Set.of("eu-de", "eu-gb"));

  private Regions() {}

  static boolean isLocation(String name) {
    return LOCATIONS.contains(name);
  }

  /** Returns the locations an endpoint for {@code region} serves, or an empty set for an unknown region. */
  static Set<String> servedBy(String region) {
    if (isLocation(region)) {
      return Set.of(region);
    }
    return GEOGRAPHIES.getOrDefault(region, Set.of());
  }

  /** Every name valid in an endpoint path: locations, then geographies. */
  static String validNames() {
    return String.join(", ", LOCATIONS) + ", us, eu";
  }
}
