package gg.pickban.cluster.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** Chooses where the data generation lives: Redis when configured, this JVM otherwise. */
@ApplicationScoped
public class DataGenerations {

    @Produces
    @ApplicationScoped
    DataGeneration generation(RedisConnection redis) {
        return redis.client().<DataGeneration>map(RedisGeneration::new).orElseGet(LocalGeneration::new);
    }
}
