package gg.pickban.live.control;

import jakarta.websocket.Extension;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;

/**
 * The handshake of every live socket: a client that offers permessage-deflate (browsers do) gets it
 * without server context takeover ({@link PerMessageDeflate}); no other extension is negotiated. All
 * else (endpoint instances, origin checks) stays the container's.
 */
public class LiveSocketConfigurator extends ServerEndpointConfig.Configurator {

    @Override
    public List<Extension> getNegotiatedExtensions(List<Extension> installed, List<Extension> requested) {
        for (Extension offer : requested) {
            PerMessageDeflate accepted = PerMessageDeflate.accept(offer);
            if (accepted != null) {
                return List.of(accepted);
            }
        }
        return List.of();
    }
}
