package gg.pickban.draft.boundary;

import gg.pickban.draft.entity.Draft;
import gg.pickban.draft.entity.DraftStyle;
import gg.pickban.draft.entity.StylePrediction;

/** The answer of {@code get-style-mmrs} (docs/rules.md §4.5). */
public record DraftMmrs(long pk, int snakeFirstPickMmr, int snakeLastPickMmr, int normalFirstPickMmr, int normalLastPickMmr) {

    static DraftMmrs from(Draft draft) {
        StylePrediction snake = draft.predict(DraftStyle.SNAKE);
        StylePrediction normal = draft.predict(DraftStyle.NORMAL);
        return new DraftMmrs(draft.id(), snake.firstPickMmr(), snake.lastPickMmr(), normal.firstPickMmr(), normal.lastPickMmr());
    }
}
