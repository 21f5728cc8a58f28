package org.fleetdesk.sim;

import com.fasterxml.jackson.databind.JsonNode;

/** A fault given to a share (0..1) of the fleet at start ("faults" in a scenario). */
public record FaultShare(FaultKind kind, double share) {

    static FaultShare fromJson(JsonNode node) {
        double share = node.path("share").asDouble(0);
        if (share < 0 || share > 1) {
            throw new IllegalArgumentException("fault share must be within 0..1: " + node);
        }
        return new FaultShare(FaultKind.fromJson(Json.requiredText(node, "kind")), share);
    }
}
