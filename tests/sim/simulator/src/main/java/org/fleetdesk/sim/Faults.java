package org.fleetdesk.sim;

import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/** The lasting faults of one device (thread-safe). */
public final class Faults {

    private final EnumSet<FaultKind> active = EnumSet.noneOf(FaultKind.class);

    public synchronized boolean has(FaultKind kind) {
        return active.contains(kind);
    }

    public synchronized void add(FaultKind kind) {
        if (!kind.oneShot()) {
            active.add(kind);
        }
    }

    public synchronized boolean remove(FaultKind kind) {
        return active.remove(kind);
    }

    public synchronized void clear() {
        active.clear();
    }

    public synchronized List<String> names() {
        return active.stream().map(FaultKind::jsonName).collect(Collectors.toList());
    }
}
