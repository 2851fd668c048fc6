package gg.pickban.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/** The production {@link Chance}: uniform and unpredictable, since captains care who wins a roll. */
@ApplicationScoped
public class FairChance implements Chance {

    private final SecureRandom random = new SecureRandom();

    @Override
    public int below(int bound) {
        return random.nextInt(bound);
    }
}
