package gg.pickban.admin.boundary;

import gg.pickban.admin.control.AuditRow;
import gg.pickban.admin.control.AuditRows;
import gg.pickban.admin.control.Rows;
import gg.pickban.admin.entity.AuditedObject;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code /admin/audit.xhtml[?user=&type=&object=]}: every change made on the staff site, newest first. */
@Named("audit")
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final List<String> TYPES = List.of(AuditedObject.USER, AuditedObject.HERO_DRAFT, AuditedObject.EVENT_TEMPLATE,
            AuditedObject.SCHEDULED_EVENT, AuditedObject.STEAM_LEAGUE);

    @Inject
    Rows rows;

    private final AuditRows query = new AuditRows();
    private LazyRows<AuditRow> model;
    private String user;
    private String type;
    private String object;

    @PostConstruct
    void init() {
        model = new LazyRows<>(rows, query);
    }

    public void apply() {
        query.filter(user, type, object);
        Tables.firstPage("list:table");
    }

    public LazyRows<AuditRow> getModel() {
        return model;
    }

    public List<String> getTypes() {
        return TYPES;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getObject() {
        return object;
    }

    public void setObject(String object) {
        this.object = object;
    }
}
