package gg.pickban.identity.control;

/**
 * Only a superuser may change anyone's superuser flag (docs/decisions.md D13), and only a superuser may change a
 * superuser's identity and access (username, Discord id, Steam id, email, active, staff) or delete
 * one: otherwise staff could point a superuser's Discord id at their own account and log in as it.
 */
public class SuperuserChangeRefused extends RuntimeException {

    public SuperuserChangeRefused() {
        this("Only a superuser can change superuser status.");
    }

    public SuperuserChangeRefused(String message) {
        super(message);
    }
}
