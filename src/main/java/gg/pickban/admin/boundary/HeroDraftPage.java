package gg.pickban.admin.boundary;

import gg.pickban.admin.control.HeroDraftAdministration;
import gg.pickban.admin.control.HeroDraftView;
import gg.pickban.herodraft.entity.HeroDraftRefused;
import gg.pickban.identity.boundary.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.function.BooleanSupplier;

/** {@code /admin/herodraft.xhtml?id=}: a hero draft with its teams and event log; reset and forced timeout. */
@Named("heroDraft")
@ViewScoped
public class HeroDraftPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HeroDraftAdministration drafts;

    @Inject
    Caller caller;

    private Long id;
    private HeroDraftView view;

    public void load() {
        view = id == null ? null : drafts.view(id).orElse(null);
        if (view == null) {
            PageMessages.status(404);
        }
    }

    public void reset() {
        act("Reset hero draft " + id + ".", () -> drafts.reset(caller.require(), id));
    }

    public void forceTimeout() {
        act("Timed out the active round of hero draft " + id + ".", () -> drafts.forceTimeout(caller.require(), id));
    }

    private void act(String done, BooleanSupplier action) {
        try {
            if (action.getAsBoolean()) {
                PageMessages.info(done);
            } else {
                PageMessages.error("This hero draft no longer exists.");
            }
        } catch (HeroDraftRefused refused) {
            PageMessages.error(refused.getMessage());
        }
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public HeroDraftView getView() {
        return view;
    }
}
