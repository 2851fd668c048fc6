package gg.pickban.admin.control;

import gg.pickban.herodraft.entity.HeroDraft;
import gg.pickban.herodraft.entity.HeroDraftState;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Fetch;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The hero drafts table: narrowed to one state, searched by the draft's or its game's id. */
public class HeroDraftRows extends RowQuery<HeroDraft, HeroDraftRow> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> SORTABLE = Map.of("id", "id", "game", "game.id", "state", "state",
            "created", "createdAt", "updated", "updatedAt");

    private HeroDraftState state;
    private Long id;

    /** @param id a draft id or game id, null for all */
    public void filter(HeroDraftState state, Long id) {
        this.state = state;
        this.id = id;
    }

    @Override
    protected Class<HeroDraft> entity() {
        return HeroDraft.class;
    }

    @Override
    protected Map<String, String> sortable() {
        return SORTABLE;
    }

    @Override
    protected List<Predicate> where(CriteriaBuilder cb, Root<HeroDraft> draft) {
        List<Predicate> where = new ArrayList<>();
        if (state != null) {
            where.add(cb.equal(draft.get("state"), state.wire()));
        }
        if (id != null) {
            where.add(cb.or(cb.equal(draft.get("id"), id), cb.equal(draft.get("game").get("id"), id)));
        }
        return where;
    }

    @Override
    protected void fetch(Root<HeroDraft> draft) {
        Fetch<?, ?> game = draft.fetch("game", JoinType.LEFT);
        game.fetch("tournament", JoinType.LEFT);
    }

    @Override
    protected List<HeroDraftRow> rows(List<HeroDraft> page, EntityManager em) {
        return page.stream().map(HeroDraftRow::of).toList();
    }

    @Override
    public String key(HeroDraftRow row) {
        return Long.toString(row.id());
    }
}
