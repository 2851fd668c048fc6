package gg.pickban.league.entity;

import java.util.Locale;

/** The role changes the audit log records. */
public enum AdminAction {
    ADD_ADMIN, REMOVE_ADMIN, ADD_STAFF, REMOVE_STAFF, TRANSFER_OWNERSHIP;

    /** As stored: {@code add_admin}, {@code transfer_ownership}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
