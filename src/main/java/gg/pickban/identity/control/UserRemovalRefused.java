package gg.pickban.identity.control;

/** A component that still needs the user refuses its deletion (e.g. docs/decisions.md D8, the owner of an organization). */
public class UserRemovalRefused extends RuntimeException {

    public UserRemovalRefused(String reason) {
        super(reason);
    }
}
