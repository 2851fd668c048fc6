package gg.pickban.admin.boundary;

import gg.pickban.admin.control.Rows;
import gg.pickban.admin.control.ScheduleRow;
import gg.pickban.admin.control.ScheduleRows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /admin/schedule.xhtml}: the scheduled Discord events, newest first. */
@Named("schedule")
@ViewScoped
public class SchedulePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rows rows;

    private final ScheduleRows query = new ScheduleRows();
    private LazyRows<ScheduleRow> model;
    private String search;
    private boolean inactiveToo;

    @PostConstruct
    void init() {
        model = new LazyRows<>(rows, query);
    }

    public void apply() {
        query.filter(search, inactiveToo);
        Tables.firstPage("list:table");
    }

    public LazyRows<ScheduleRow> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isInactiveToo() {
        return inactiveToo;
    }

    public void setInactiveToo(boolean inactiveToo) {
        this.inactiveToo = inactiveToo;
    }
}
