package gg.pickban.live.control;

import jakarta.websocket.CloseReason;
import jakarta.websocket.RemoteEndpoint;
import jakarta.websocket.SendHandler;
import jakarta.websocket.SendResult;
import jakarta.websocket.Session;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/** A client whose sends complete only when the test says so. */
public final class FakeClient {

    public final List<String> sent = new ArrayList<>();
    public final List<SendHandler> pending = new ArrayList<>();
    public final List<CloseReason> closes = new ArrayList<>();
    public final List<ClassLoader> sentUnder = new ArrayList<>();
    public boolean autoComplete;
    public boolean failing;
    public long idleTimeout;

    public Session session() {
        RemoteEndpoint.Async remote = (RemoteEndpoint.Async) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {RemoteEndpoint.Async.class}, (proxy, method, args) -> {
                    if (method.getName().equals("sendText") && args.length == 2) {
                        sent.add((String) args[0]);
                        sentUnder.add(Thread.currentThread().getContextClassLoader());
                        SendHandler handler = (SendHandler) args[1];
                        if (failing) {
                            handler.onResult(new SendResult(new IOException("broken pipe")));
                        } else if (autoComplete) {
                            handler.onResult(new SendResult());
                        } else {
                            pending.add(handler);
                        }
                        return null;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return (Session) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getAsyncRemote" -> remote;
                    case "getId" -> "fake";
                    case "getMaxIdleTimeout" -> idleTimeout;
                    case "getNegotiatedExtensions" -> List.of();
                    case "close" -> {
                        closes.add(args == null ? null : (CloseReason) args[0]);
                        yield null;
                    }
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    public void completeNext() {
        pending.remove(0).onResult(new SendResult());
    }
}
