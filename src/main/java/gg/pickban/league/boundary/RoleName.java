package gg.pickban.league.boundary;

import gg.pickban.league.entity.AdminAction;

/** The role named by the last segment of {@code /organizations/{id}/…} and {@code /leagues/{id}/…}. */
enum RoleName {
    ADMINS(AdminAction.ADD_ADMIN, AdminAction.REMOVE_ADMIN),
    STAFF(AdminAction.ADD_STAFF, AdminAction.REMOVE_STAFF);

    /** The path template's alternatives, so no other segment ever reaches a role resource. */
    static final String SEGMENT = "{role: admins|staff}";

    final AdminAction added;
    final AdminAction removed;

    RoleName(AdminAction added, AdminAction removed) {
        this.added = added;
        this.removed = removed;
    }

    static RoleName of(String segment) {
        return "admins".equals(segment) ? ADMINS : STAFF;
    }
}
