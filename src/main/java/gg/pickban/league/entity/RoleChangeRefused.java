package gg.pickban.league.entity;

/** A change of an organization's or league's roles that its rules forbid, with the contract's reason. */
public class RoleChangeRefused extends RuntimeException {

    public static final String OWNER_AS_ADMIN = "Owner cannot be added as admin";
    public static final String NEW_OWNER_NOT_ADMIN = "New owner must be an existing admin";

    public RoleChangeRefused(String reason) {
        super(reason);
    }
}
