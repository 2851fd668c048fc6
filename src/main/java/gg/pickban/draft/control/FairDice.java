package gg.pickban.draft.control;

import gg.pickban.draft.entity.Dice;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/** The d6 of shuffle tie rolls: uniform and unpredictable, since captains care who picks next. */
@ApplicationScoped
public class FairDice implements Dice {

    private final SecureRandom random = new SecureRandom();

    @Override
    public int roll() {
        return random.nextInt(6) + 1;
    }
}
