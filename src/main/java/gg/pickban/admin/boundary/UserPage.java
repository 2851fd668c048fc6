package gg.pickban.admin.boundary;

import gg.pickban.admin.control.UserAdministration;
import gg.pickban.identity.boundary.Caller;
import gg.pickban.identity.control.SuperuserChangeRefused;
import gg.pickban.identity.control.UserRemovalRefused;
import gg.pickban.platform.control.FieldErrors;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code /admin/user.xhtml?id=}: one user's form, saved through the API's rules; delete for whoever may. */
@Named("userEdit")
@ViewScoped
public class UserPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserAdministration users;

    @Inject
    Caller caller;

    private Long id;
    private UserForm form;
    private UserFacts shown;
    private String deletedName;

    public void load() {
        shown = null;
        form = null;
        if (id != null) {
            users.find(id).ifPresent(user -> {
                shown = UserFacts.of(user);
                form = UserForm.of(user);
            });
        }
        if (shown == null) {
            PageMessages.status(404);
        }
    }

    public void save() {
        try {
            if (!users.update(caller.require(), id, form.changes(caller.isSuperuser()))) {
                PageMessages.error("This user no longer exists.");
                return;
            }
            load();
            PageMessages.info("Saved " + shown.username() + ".");
        } catch (FieldErrors invalid) {
            invalid.errors().forEach((field, messages) -> {
                String shownField = UserForm.FIELDS.get(field);
                for (Object message : messages instanceof List<?> list ? list : List.of(String.valueOf(messages))) {
                    if (shownField != null) {
                        PageMessages.fieldError("form:" + shownField, String.valueOf(message));
                    } else {
                        PageMessages.error(field + ": " + message);
                    }
                }
            });
        } catch (SuperuserChangeRefused refused) {
            PageMessages.error(refused.getMessage());
        }
    }

    public void delete() {
        try {
            String name = shown.username();
            if (users.delete(caller.require(), id)) {
                PageMessages.info("Deleted " + name + ".");
            }
            deletedName = name;
            shown = null;
            form = null;
        } catch (SuperuserChangeRefused | UserRemovalRefused refused) {
            PageMessages.error(refused.getMessage());
        }
    }

    public String getDeletedName() {
        return deletedName;
    }

    public boolean isMayDelete() {
        return shown != null && UserAdministration.mayDelete(caller.isSuperuser(), shown.staff());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UserForm getForm() {
        return form;
    }

    public UserFacts getUser() {
        return shown;
    }
}
