package org.fleetdesk.sim;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Minimal "--name value" command-line parsing. */
final class CommandLine {

    private final Map<String, String> values = new HashMap<>();

    CommandLine(String[] args, Set<String> known, String usage) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h") || arg.equals("--help")) {
                System.out.println(usage);
                System.exit(0);
            }
            if (!arg.startsWith("--") || !known.contains(arg.substring(2)) || i + 1 >= args.length) {
                throw new IllegalArgumentException("invalid argument: " + arg + "\n" + usage);
            }
            values.put(arg.substring(2), args[++i]);
        }
    }

    String get(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The option as an integer, or null when absent; a malformed number is an IllegalArgumentException. */
    Integer getInt(String name) {
        return values.containsKey(name) ? Integer.valueOf(values.get(name)) : null;
    }

    Long getLong(String name) {
        return values.containsKey(name) ? Long.valueOf(values.get(name)) : null;
    }

    Double getDouble(String name) {
        return values.containsKey(name) ? Double.valueOf(values.get(name)) : null;
    }
}
