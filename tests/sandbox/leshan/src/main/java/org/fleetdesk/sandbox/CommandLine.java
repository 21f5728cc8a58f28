package org.fleetdesk.sandbox;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Minimal "--name value" command-line parsing for the sandbox programs. */
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
                System.err.println("invalid argument: " + arg + "\n" + usage);
                System.exit(2);
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

    int getInt(String name, int defaultValue) {
        String value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            System.err.println("--" + name + " expects an integer, got: " + value);
            System.exit(2);
            return defaultValue;
        }
    }
}
