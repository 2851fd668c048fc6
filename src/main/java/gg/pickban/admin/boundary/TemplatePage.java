package gg.pickban.admin.boundary;

import gg.pickban.admin.control.DiscordAdministration;
import gg.pickban.discord.entity.EventTemplate;
import gg.pickban.identity.boundary.Caller;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** {@code /admin/template.xhtml[?id=]}: a new event template, or one to edit, retire or bring back. */
@Named("template")
@ViewScoped
public class TemplatePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DiscordAdministration discord;

    @Inject
    Caller caller;

    private Long id;
    private TemplateForm form;
    private boolean active;
    private boolean missing;

    public void load() {
        form = null;
        missing = false;
        if (id == null) {
            form = new TemplateForm();
            active = true;
            return;
        }
        discord.template(id).ifPresentOrElse(template -> {
            form = TemplateForm.of(template);
            active = template.isActive();
        }, () -> {
            missing = true;
            PageMessages.status(404);
        });
    }

    public String save() {
        if (id == null) {
            long created = discord.createTemplate(caller.require(), form.content());
            return "/template?faces-redirect=true&id=" + created;
        }
        if (discord.updateTemplate(caller.require(), id, form.content())) {
            PageMessages.info("Saved template " + form.getName() + ".");
        } else {
            PageMessages.error("This template no longer exists.");
        }
        return null;
    }

    public void retire() {
        activate(false, "Retired the template; its scheduled events are deactivated.");
    }

    public void reinstate() {
        activate(true, "The template can be scheduled again.");
    }

    private void activate(boolean active, String done) {
        if (discord.retireTemplate(caller.require(), id, !active)) {
            PageMessages.info(done);
        } else {
            PageMessages.error("This template no longer exists.");
        }
        load();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public TemplateForm getForm() {
        return form;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isMissing() {
        return missing;
    }

    public boolean isNew() {
        return id == null;
    }

    public String[] getTypes() {
        return new String[] {EventTemplate.EVENT, EventTemplate.ANNOUNCEMENT};
    }
}
