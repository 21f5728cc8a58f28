package org.fleetdesk.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The shared vectors in tests/data/firmware (vectors.json), which the C++ side reads too. */
class FirmwareImageVectorsTest {

    private static final Path VECTORS = Path.of(System.getProperty("firmware.vectors", "../../data/firmware"));

    @TestFactory
    List<DynamicTest> imagesGetTheirVerdict() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(VECTORS.resolve("vectors.json").toFile());
        PublicKey key = PemKeys.ed25519PublicKey(VECTORS.resolve(doc.get("signing_public_key").asText()));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode vector : doc.get("images")) {
            String file = vector.get("file").asText();
            tests.add(DynamicTest.dynamicTest(file, () -> {
                byte[] data = Files.readAllBytes(VECTORS.resolve(file));
                FirmwareImage.Verdict verdict = FirmwareImage.check(data, vector.get("device_model").asText(), key);
                assertEquals(vector.get("verdict").asText(), verdict.verdict.jsonName(), verdict.reason);
                assertEquals(vector.get("lwm2m_update_result").asInt(), verdict.verdict.updateResult);
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> versionsCompare() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(VECTORS.resolve("vectors.json").toFile());
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode pair : doc.get("version_order")) {
            String a = pair.get(0).asText();
            String b = pair.get(1).asText();
            int expected = pair.get(2).asInt();
            tests.add(DynamicTest.dynamicTest(a + " vs " + b, () -> {
                assertEquals(expected, Integer.signum(FirmwareVersion.compare(a, b)));
                assertEquals(-expected, Integer.signum(FirmwareVersion.compare(b, a)));
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> signedImagesPassWithoutAKeyToo() throws Exception {
        byte[] badlySigned = Files.readAllBytes(VECTORS.resolve("badly-signed.fdfw"));
        return List.of(DynamicTest.dynamicTest("badly-signed.fdfw without key", () -> assertEquals(
                FirmwareVerdict.VALID, FirmwareImage.check(badlySigned, "LT-500", null).verdict)));
    }
}
