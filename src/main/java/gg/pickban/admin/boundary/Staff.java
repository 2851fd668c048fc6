package gg.pickban.admin.boundary;

import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.entity.User;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The staff member using the page ({@link AdminGate} let only staff in), for the layout and superuser-only controls. */
@Named
@RequestScoped
public class Staff {

    @Inject
    Caller caller;

    public String getName() {
        return caller.user().map(User::username).orElse("");
    }

    public boolean isSuperuser() {
        return caller.isSuperuser();
    }
}
