package org.fleetdesk.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;

import org.eclipse.leshan.core.SecurityMode;
import org.eclipse.leshan.server.bootstrap.BootstrapConfig;
import org.eclipse.leshan.server.bootstrap.EditableBootstrapConfigStore;
import org.eclipse.leshan.server.security.BootstrapSecurityStore;
import org.eclipse.leshan.server.security.EditableSecurityStore;
import org.eclipse.leshan.server.security.SecurityInfo;

/**
 * Decides which credentials a device must present to the bootstrap server:
 * <ol>
 * <li>an entry added through {@code /api/security/clients} (explicit), otherwise</li>
 * <li>the PSK of the bootstrap-server instance ({@code bootstrapServer:true, securityMode:"PSK"}) in the
 * device's bootstrap config, as the Leshan bsserver demo does, otherwise</li>
 * <li>nothing: the device may bootstrap without security.</li>
 * </ol>
 */
final class CombinedBootstrapSecurityStore implements BootstrapSecurityStore {

    private final EditableSecurityStore explicit;
    private final EditableBootstrapConfigStore configs;

    CombinedBootstrapSecurityStore(EditableSecurityStore explicit, EditableBootstrapConfigStore configs) {
        this.explicit = explicit;
        this.configs = configs;
    }

    @Override
    public Iterator<SecurityInfo> getAllByEndpoint(String endpoint) {
        SecurityInfo info = explicit.getByEndpoint(endpoint);
        if (info == null) {
            info = fromConfig(endpoint, configs.getAll().get(endpoint));
        }
        return info == null ? Collections.emptyIterator() : Collections.singletonList(info).iterator();
    }

    @Override
    public SecurityInfo getByIdentity(String identity) {
        SecurityInfo info = explicit.getByIdentity(identity);
        if (info != null) {
            return info;
        }
        for (Map.Entry<String, BootstrapConfig> entry : configs.getAll().entrySet()) {
            SecurityInfo candidate = fromConfig(entry.getKey(), entry.getValue());
            if (candidate != null && identity.equals(candidate.getIdentity())) {
                return candidate;
            }
        }
        return null;
    }

    private static SecurityInfo fromConfig(String endpoint, BootstrapConfig config) {
        if (config == null || config.security == null) {
            return null;
        }
        for (BootstrapConfig.ServerSecurity security : config.security.values()) {
            if (security.bootstrapServer && security.securityMode == SecurityMode.PSK
                    && security.publicKeyOrId != null && security.secretKey != null) {
                return SecurityInfo.newPreSharedKeyInfo(endpoint,
                        new String(security.publicKeyOrId, StandardCharsets.UTF_8), security.secretKey);
            }
        }
        return null;
    }
}
