package gg.pickban.admin.boundary;

import gg.pickban.admin.control.DiscordAdministration;
import gg.pickban.admin.control.OccurrenceView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** {@code /admin/occurrence.xhtml?id=}: one posting and who answered yes, maybe and no (read-only). */
@Named("occurrence")
@RequestScoped
public class OccurrencePage {

    @Inject
    DiscordAdministration discord;

    private Long id;
    private OccurrenceView view;

    public void load() {
        view = id == null ? null : discord.occurrence(id).orElse(null);
        if (view == null) {
            PageMessages.status(404);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OccurrenceView getView() {
        return view;
    }
}
