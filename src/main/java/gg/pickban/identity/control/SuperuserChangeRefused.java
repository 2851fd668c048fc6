package gg.pickban.identity.control;

/** D13: only a superuser may change anyone's superuser flag. */
public class SuperuserChangeRefused extends RuntimeException {

    public SuperuserChangeRefused() {
        super("Only a superuser can change superuser status.");
    }
}
