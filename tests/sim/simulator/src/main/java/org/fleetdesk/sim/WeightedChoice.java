package org.fleetdesk.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Picks one of several items with given weights. */
final class WeightedChoice<T> {

    private final List<T> items = new ArrayList<>();
    private final List<Double> cumulative = new ArrayList<>();
    private double total;

    WeightedChoice<T> add(T item, double weight) {
        if (weight < 0) {
            throw new IllegalArgumentException("negative weight for " + item);
        }
        if (weight > 0) {
            total += weight;
            items.add(item);
            cumulative.add(total);
        }
        return this;
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    T pick(Random random) {
        if (items.isEmpty()) {
            throw new IllegalStateException("nothing to choose from");
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < items.size(); i++) {
            if (r < cumulative.get(i)) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }
}
