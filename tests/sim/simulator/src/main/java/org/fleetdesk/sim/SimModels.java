package org.fleetdesk.sim;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.leshan.core.model.LwM2mModel;
import org.eclipse.leshan.core.model.ObjectLoader;
import org.eclipse.leshan.core.model.ObjectModel;
import org.eclipse.leshan.core.model.StaticModel;

/** The LwM2M object models the simulated devices implement: Leshan's core set plus 3303 and 33000. */
final class SimModels {

    private static final String[] EXTRA = { "3303.xml", "33000.xml" };

    private SimModels() {
    }

    static LwM2mModel load() {
        List<ObjectModel> models = new ArrayList<>(ObjectLoader.loadDefault());
        for (String name : EXTRA) {
            try (InputStream in = SimModels.class.getResourceAsStream("/models/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("model " + name + " missing from the simulator jar");
                }
                models.addAll(ObjectLoader.loadDdfFile(in, name));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException("cannot load model " + name + ": " + e, e);
            } catch (Exception e) {
                throw new IllegalStateException("invalid model " + name + ": " + e, e);
            }
        }
        return new StaticModel(models);
    }
}
