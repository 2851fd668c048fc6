package gg.pickban.testsupport;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies a {@link FakeSteam} and two instances configured against it (an API key, the fake's URL,
 * a short call timeout and spacing), on the shared PostgreSQL and Redis; booted once per test run
 * when first asked for and stopped at its end. A parameter marked {@link SecondInstance} gets the
 * second instance. Their scheduled sync works on {@link #TIMER_LEAGUE}; tests use other leagues.
 */
public class SteamApps implements ParameterResolver {

    public static final String API_KEY = "fake-steam-key-" + Long.toHexString(Double.doubleToLongBits(Math.random()));
    public static final int TIMER_LEAGUE = FakeSteam.freshLeagueId();
    public static final long MIN_CALL_INTERVAL_MS = 100;
    public static final long CALL_TIMEOUT_MS = 1000;

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SteamApps.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == AppProcess.class || type == FakeSteam.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
        FakeSteam steam = store.getOrComputeIfAbsent("fake-steam", key -> FakeSteam.start(API_KEY), FakeSteam.class);
        if (parameter.getParameter().getType() == FakeSteam.class) {
            return steam;
        }
        String name = parameter.isAnnotated(SecondInstance.class) ? "steam-b" : "steam-a";
        return store.getOrComputeIfAbsent(name, key -> AppProcess.start(name, env(steam)), AppProcess.class);
    }

    private static Map<String, String> env(FakeSteam steam) {
        Map<String, String> env = TestServices.productionEnv();
        env.put("PICKBAN_STEAM_API_KEY", API_KEY);
        env.put("PICKBAN_STEAM_API_BASE", steam.baseUrl());
        env.put("PICKBAN_STEAM_MIN_CALL_INTERVAL_MS", Long.toString(MIN_CALL_INTERVAL_MS));
        env.put("PICKBAN_STEAM_CALL_TIMEOUT_MS", Long.toString(CALL_TIMEOUT_MS));
        env.put("PICKBAN_STEAM_LEAGUE_ID", Integer.toString(TIMER_LEAGUE));
        return env;
    }
}
