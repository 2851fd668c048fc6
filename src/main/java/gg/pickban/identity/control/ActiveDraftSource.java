package gg.pickban.identity.control;

import java.util.List;

/**
 * Where {@code current_user} learns what the caller must act on; the player-draft and hero-draft
 * components each provide one. Sources are asked in ascending {@link #order()}.
 */
public interface ActiveDraftSource {

    int order();

    List<ActiveDraft> forUser(long userId);
}
