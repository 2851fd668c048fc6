package gg.pickban.cluster.boundary;

import gg.pickban.cluster.control.RedisConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import redis.clients.jedis.exceptions.JedisException;

/** Not ready while a configured Redis does not answer; the app itself keeps serving. */
@Readiness
@ApplicationScoped
public class RedisHealth implements HealthCheck {

    @Inject
    RedisConnection redis;

    @Override
    public HealthCheckResponse call() {
        if (redis.client().isEmpty()) {
            return HealthCheckResponse.named("redis").up().withData("mode", "in-process").build();
        }
        try {
            return HealthCheckResponse.named("redis").status("PONG".equals(redis.client().get().ping()))
                    .withData("mode", "redis").build();
        } catch (JedisException e) {
            return HealthCheckResponse.named("redis").down().withData("mode", "redis").build();
        }
    }
}
