package gg.pickban.admin.boundary;

import gg.pickban.admin.control.Rows;
import gg.pickban.admin.control.UserRow;
import gg.pickban.admin.control.UserRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /admin/users.xhtml}: every user, searched and sorted in SQL, 25 to a page. */
@Named("users")
@ViewScoped
public class UsersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rows rows;

    private final UserRows query = new UserRows();
    private LazyRows<UserRow> model;
    private String search;
    private UserRows.Role role = UserRows.Role.ANYONE;

    @PostConstruct
    void init() {
        model = new LazyRows<>(rows, query);
    }

    /** After the search box or the role changed (and once for {@code ?q=}): back to the first page. */
    public void apply() {
        query.search(search, role);
        Tables.firstPage("list:table");
    }

    public LazyRows<UserRow> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public UserRows.Role getRole() {
        return role;
    }

    public void setRole(UserRows.Role role) {
        this.role = role;
    }

    public UserRows.Role[] getRoles() {
        return UserRows.Role.values();
    }
}
