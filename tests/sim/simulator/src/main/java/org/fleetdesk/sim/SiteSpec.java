package org.fleetdesk.sim;

import com.fasterxml.jackson.databind.JsonNode;

/** A site of the scenario: where its devices stand (within radius_km of lat/lon) and its climate. */
public record SiteSpec(String name, double latitude, double longitude, double radiusKm, double weight,
        double temperatureC) {

    static SiteSpec fromJson(JsonNode node) {
        return new SiteSpec(Json.requiredText(node, "name"), node.path("lat").asDouble(52.52),
                node.path("lon").asDouble(13.405), node.path("radius_km").asDouble(1.0), node.path("weight").asDouble(1.0),
                node.path("temperature_c").asDouble(12.0));
    }
}
