package org.fleetdesk.sandbox;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;

/** Helpers for the long-running sandbox programs, whose worker threads are daemons. */
final class Daemons {

    private Daemons() {
    }

    static ThreadFactory threadFactory(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Keeps the JVM alive until it is told to stop (SIGTERM runs the shutdown hooks). */
    static void awaitTermination() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
