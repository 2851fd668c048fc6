package gg.pickban.admin.boundary;

import gg.pickban.discord.entity.EventTemplate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * The event template form, checked field by field with Bean Validation before anything is saved:
 * the limits are the template columns' and Discord's (an embed title holds 256 characters, its
 * description 4096; a channel id is a snowflake).
 */
public class TemplateForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Give the template a name.")
    @Size(max = 100, message = "At most 100 characters.")
    private String name;

    @NotNull(message = "Choose event or announcement.")
    @Pattern(regexp = "event|announcement", message = "Choose event or announcement.")
    private String type = EventTemplate.EVENT;

    @NotBlank(message = "Give the announcement a title.")
    @Size(max = 256, message = "At most 256 characters.")
    private String title;

    @Size(max = 4096, message = "At most 4096 characters.")
    private String description;

    @NotNull(message = "Choose a colour like #5865F2.")
    @Pattern(regexp = "#[0-9A-Fa-f]{6}", message = "A colour like #5865F2.")
    private String color = "#5865F2";

    @NotBlank(message = "Which Discord channel? Paste its id.")
    @Pattern(regexp = "[0-9]{17,20}", message = "A Discord channel id: 17 to 20 digits.")
    private String channelId;

    private boolean includeRsvp = true;

    static TemplateForm of(EventTemplate template) {
        TemplateForm form = new TemplateForm();
        form.name = template.name();
        form.type = template.templateType();
        form.title = template.title();
        form.description = template.description();
        form.color = template.color();
        form.channelId = template.channelId();
        form.includeRsvp = template.includesRsvp();
        return form;
    }

    EventTemplate.Content content() {
        return new EventTemplate.Content(name.strip(), type, title.strip(), description == null ? "" : description, color,
                channelId, includeRsvp);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getColor() {
        return color;
    }

    public void setColor(String color) {
        this.color = color;
    }

    public String getChannelId() {
        return channelId;
    }

    public void setChannelId(String channelId) {
        this.channelId = channelId;
    }

    public boolean isIncludeRsvp() {
        return includeRsvp;
    }

    public void setIncludeRsvp(boolean includeRsvp) {
        this.includeRsvp = includeRsvp;
    }
}
