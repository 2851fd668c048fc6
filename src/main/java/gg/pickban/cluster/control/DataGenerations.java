package gg.pickban.cluster.control;

import gg.pickban.platform.control.DataWritten;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;

/** Chooses where the data generation lives: Redis when configured, this JVM otherwise. */
@ApplicationScoped
public class DataGenerations {

    @Produces
    @ApplicationScoped
    DataGeneration generation(RedisConnection redis) {
        return redis.client().<DataGeneration>map(RedisGeneration::new).orElseGet(LocalGeneration::new);
    }

    /** Every committed write moves the generation on (a failure goes back to the writer, who logs it). */
    void advance(@Observes DataWritten written, DataGeneration generation) {
        generation.advance();
    }
}
