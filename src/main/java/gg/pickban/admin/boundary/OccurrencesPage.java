package gg.pickban.admin.boundary;

import gg.pickban.admin.control.OccurrenceRow;
import gg.pickban.admin.control.OccurrenceRows;
import gg.pickban.admin.control.Rows;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /admin/occurrences.xhtml[?event=]}: every posting of a scheduled event, with its RSVP counts. */
@Named("occurrences")
@ViewScoped
public class OccurrencesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rows rows;

    private final OccurrenceRows query = new OccurrenceRows();
    private LazyRows<OccurrenceRow> model;
    private String search;
    private Long event;

    @PostConstruct
    void init() {
        model = new LazyRows<>(rows, query);
    }

    public void apply() {
        query.filter(search, event);
        Tables.firstPage("list:table");
    }

    public LazyRows<OccurrenceRow> getModel() {
        return model;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getEvent() {
        return event;
    }

    public void setEvent(Long event) {
        this.event = event;
    }
}
