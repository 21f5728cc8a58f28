package org.fleetdesk.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.leshan.server.bootstrap.BootstrapConfig;
import org.eclipse.leshan.server.bootstrap.InMemoryBootstrapConfigStore;
import org.eclipse.leshan.server.bootstrap.InvalidConfigurationException;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Leshan's in-memory bootstrap config store (which validates every config with Leshan's
 * ConfigurationChecker), persisted as {@code {"<endpoint>": BootstrapConfig, ...}} in one JSON file.
 * The file is rewritten atomically (temporary file + rename) after every change.
 */
final class JsonFileBootstrapConfigStore extends InMemoryBootstrapConfigStore {

    private final Path file;
    private final ObjectMapper mapper;

    JsonFileBootstrapConfigStore(Path file, ObjectMapper mapper) throws IOException, InvalidConfigurationException {
        this.file = file;
        this.mapper = mapper;
        if (Files.exists(file) && Files.size(file) > 0) {
            Map<String, BootstrapConfig> saved = mapper.readValue(file.toFile(),
                    new TypeReference<Map<String, BootstrapConfig>>() {
                    });
            for (Map.Entry<String, BootstrapConfig> entry : saved.entrySet()) {
                super.add(entry.getKey(), entry.getValue());
            }
        } else {
            save(); // an empty store, so the file is there to look at from the start
        }
    }

    @Override
    public synchronized void add(String endpoint, BootstrapConfig config) throws InvalidConfigurationException {
        super.add(endpoint, config);
        save();
    }

    @Override
    public synchronized BootstrapConfig remove(String endpoint) {
        BootstrapConfig removed = super.remove(endpoint);
        if (removed != null) {
            save();
        }
        return removed;
    }

    private void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            mapper.writeValue(tmp.toFile(), new TreeMap<>(getAll()));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save bootstrap configs to " + file, e);
        }
    }
}
