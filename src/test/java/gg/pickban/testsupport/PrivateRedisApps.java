package gg.pickban.testsupport;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies a {@link PrivateRedis} and two instances on it (production configuration otherwise: the shared
 * PostgreSQL), for the tests that stop and restart Redis or kill an instance. Booted once per test run when
 * first asked for and stopped at its end; a parameter marked {@link SecondInstance} gets the second instance.
 * Whoever stops the Redis starts it again; should a failed test leave it down, the next class finds it
 * started again here.
 */
public class PrivateRedisApps implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PrivateRedisApps.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == AppProcess.class || type == PrivateRedis.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Cluster cluster = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("cluster", key -> Cluster.boot(), Cluster.class);
        if (!cluster.redis().isRunning()) {
            cluster.redis().boot();
        }
        if (parameter.getParameter().getType() == PrivateRedis.class) {
            return cluster.redis();
        }
        return parameter.isAnnotated(SecondInstance.class) ? cluster.b() : cluster.a();
    }

    /** Production configuration on the private Redis, for instances a test starts besides the two. */
    public static Map<String, String> env(PrivateRedis redis) {
        Map<String, String> env = TestServices.productionEnv();
        env.put("PICKBAN_REDIS_URL", redis.url());
        return env;
    }

    private record Cluster(PrivateRedis redis, AppProcess a, AppProcess b) implements AutoCloseable {

        static Cluster boot() {
            PrivateRedis redis = PrivateRedis.start();
            Map<String, String> env = env(redis);
            List<AppProcess> apps = AppProcess.startTogether(Map.entry("private-redis-a", env), Map.entry("private-redis-b", env));
            return new Cluster(redis, apps.get(0), apps.get(1));
        }

        @Override
        public void close() {
            a.close();
            b.close();
            redis.close();
        }
    }
}
