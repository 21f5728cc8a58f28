package org.fleetdesk.sim;

import java.math.BigInteger;

/**
 * Firmware version order (docs/firmware-image.md): dotted numbers compared part by part as integers, missing
 * parts count as 0, and a {@code -suffix} sorts before the same release without one ({@code 1.2.0-rc1 < 1.2.0});
 * two suffixes of the same release compare as strings. Non-numeric parts compare as strings after numbers.
 */
public final class FirmwareVersion {

    private FirmwareVersion() {
    }

    public static int compare(String a, String b) {
        String[] splitA = a.trim().split("-", 2);
        String[] splitB = b.trim().split("-", 2);
        int release = compareRelease(splitA[0], splitB[0]);
        if (release != 0) {
            return release;
        }
        boolean suffixA = splitA.length > 1;
        boolean suffixB = splitB.length > 1;
        if (suffixA != suffixB) {
            return suffixA ? -1 : 1;
        }
        return suffixA ? Integer.signum(splitA[1].compareTo(splitB[1])) : 0;
    }

    private static int compareRelease(String a, String b) {
        String[] partsA = a.split("\\.");
        String[] partsB = b.split("\\.");
        for (int i = 0; i < Math.max(partsA.length, partsB.length); i++) {
            int c = comparePart(i < partsA.length ? partsA[i] : "0", i < partsB.length ? partsB[i] : "0");
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int comparePart(String a, String b) {
        boolean numericA = a.matches("\\d+");
        boolean numericB = b.matches("\\d+");
        if (numericA && numericB) {
            return new BigInteger(a).compareTo(new BigInteger(b));
        }
        if (numericA != numericB) {
            return numericA ? -1 : 1;
        }
        return Integer.signum(a.compareTo(b));
    }
}
