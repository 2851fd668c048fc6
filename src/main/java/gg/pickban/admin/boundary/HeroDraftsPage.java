package gg.pickban.admin.boundary;

import gg.pickban.admin.control.HeroDraftRow;
import gg.pickban.admin.control.HeroDraftRows;
import gg.pickban.admin.control.Rows;
import gg.pickban.herodraft.entity.HeroDraftState;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /admin/herodrafts.xhtml}: every hero draft, newest first, by state or by draft or game id. */
@Named("heroDrafts")
@ViewScoped
public class HeroDraftsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Rows rows;

    private final HeroDraftRows query = new HeroDraftRows();
    private LazyRows<HeroDraftRow> model;
    private HeroDraftState state;
    private Long id;

    @PostConstruct
    void init() {
        model = new LazyRows<>(rows, query);
    }

    public void apply() {
        query.filter(state, id);
        Tables.firstPage("list:table");
    }

    public LazyRows<HeroDraftRow> getModel() {
        return model;
    }

    public HeroDraftState[] getStates() {
        return HeroDraftState.values();
    }

    public HeroDraftState getState() {
        return state;
    }

    public void setState(HeroDraftState state) {
        this.state = state;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
