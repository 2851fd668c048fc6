package gg.pickban.herodraft.control;

import gg.pickban.herodraft.entity.Chance;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/** Coin flips and auto-picks: uniform and unpredictable, since captains care who wins the roll. */
@ApplicationScoped
public class FairChance implements Chance {

    private final SecureRandom random = new SecureRandom();

    @Override
    public int below(int bound) {
        return random.nextInt(bound);
    }
}
