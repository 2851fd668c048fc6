package gg.pickban.admin.control;

import gg.pickban.identity.entity.User;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The users table: searched by name (username, nickname, Discord name, any part, any case), by
 * Discord id, Steam id (Steam64 or account id) or pk (exactly); narrowed to staff or superusers.
 */
public class UserRows extends RowQuery<User, UserRow> {

    private static final long serialVersionUID = 1L;

    public enum Role {
        ANYONE, STAFF, SUPERUSER
    }

    private static final Map<String, String> SORTABLE = Map.of("id", "id", "username", "username", "nickname", "nickname",
            "mmr", "mmr", "leagueMmr", "leagueMmr", "steamid", "steamid", "discordId", "discordId", "staff", "staff",
            "superuser", "superuser");

    private String search = "";
    private Role role = Role.ANYONE;

    public void search(String text, Role role) {
        this.search = text == null ? "" : text.strip();
        this.role = role == null ? Role.ANYONE : role;
    }

    @Override
    protected Class<User> entity() {
        return User.class;
    }

    @Override
    protected Map<String, String> sortable() {
        return SORTABLE;
    }

    @Override
    protected boolean newestFirst() {
        return false;
    }

    @Override
    protected List<Predicate> where(CriteriaBuilder cb, Root<User> user) {
        List<Predicate> where = new ArrayList<>();
        if (!search.isEmpty()) {
            String pattern = containing(search);
            List<Predicate> any = new ArrayList<>(List.of(like(cb, user.get("username"), pattern),
                    like(cb, user.get("nickname"), pattern), like(cb, user.get("discordUsername"), pattern),
                    cb.equal(user.get("discordId"), search)));
            Long number = number(search);
            if (number != null) {
                any.add(cb.equal(user.get("id"), number));
                any.add(cb.equal(user.get("steamid"), number));
                any.add(cb.equal(user.get("steamAccountId"), number));
            }
            where.add(cb.or(any.toArray(Predicate[]::new)));
        }
        if (role == Role.STAFF) {
            where.add(cb.or(cb.isTrue(user.get("staff")), cb.isTrue(user.get("superuser"))));
        } else if (role == Role.SUPERUSER) {
            where.add(cb.isTrue(user.get("superuser")));
        }
        return where;
    }

    @Override
    protected List<UserRow> rows(List<User> page, EntityManager em) {
        return page.stream().map(UserRow::of).toList();
    }

    @Override
    public String key(UserRow row) {
        return Long.toString(row.id());
    }
}
