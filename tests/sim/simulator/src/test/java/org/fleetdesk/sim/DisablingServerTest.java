package org.fleetdesk.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.leshan.core.node.LwM2mSingleResource;
import org.junit.jupiter.api.Test;

class DisablingServerTest {

    private final List<Long> disabledFor = new ArrayList<>();
    private final DisablingServer server = new DisablingServer(t -> disabledFor.add(t), 123, 30);

    @Test
    void disableUsesTheDefaultTimeout() {
        assertTrue(server.execute(null, DisablingServer.DISABLE, null).isSuccess());
        assertEquals(List.of(86400L), disabledFor);
    }

    @Test
    void disableUsesTheWrittenTimeout() {
        assertTrue(server.write(null, true, 5, LwM2mSingleResource.newIntegerResource(5, 12)).isSuccess());
        assertEquals(12L, server.read(null, 5).getContent() instanceof LwM2mSingleResource
                ? ((LwM2mSingleResource) server.read(null, 5).getContent()).getValue() : null);
        server.execute(null, DisablingServer.DISABLE, null);
        assertEquals(List.of(12L), disabledFor);
    }

    @Test
    void negativeTimeoutIsRefused() {
        assertEquals(false, server.write(null, true, 5, LwM2mSingleResource.newIntegerResource(5, -1)).isSuccess());
    }

    @Test
    void disableAndTimeoutAreAdvertised() {
        List<Integer> ids = server.getAvailableResourceIds(null);
        assertTrue(ids.contains(4) && ids.contains(5) && ids.contains(1), ids.toString());
    }
}
