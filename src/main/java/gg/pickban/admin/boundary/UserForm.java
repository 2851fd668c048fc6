package gg.pickban.admin.boundary;

import gg.pickban.identity.entity.User;
import gg.pickban.platform.control.Jsonp;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.Map;

/**
 * The user form. Its rules are the API's ({@code UserEditor}), so it has no constraints of its own:
 * it hands its fields over under the API's names, and the editor's field errors come back under
 * the form's fields ({@link #FIELDS}).
 */
public class UserForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The editor's field names → this form's field ids. */
    static final Map<String, String> FIELDS = Map.of("username", "username", "nickname", "nickname", "email", "email",
            "mmr", "mmr", "discordId", "discordId", "steamid", "steamid", "is_active", "active", "is_staff", "staff",
            "is_superuser", "superuser");

    private String username;
    private String nickname;
    private String email;
    private Integer mmr;
    private String discordId;
    private String steamid;
    private boolean active;
    private boolean staff;
    private boolean superuser;

    static UserForm of(User user) {
        UserForm form = new UserForm();
        form.username = user.username();
        form.nickname = user.nickname();
        form.email = user.email();
        form.mmr = user.mmr();
        form.discordId = user.discordId();
        form.steamid = user.steamid() == null ? null : user.steamid().toString();
        form.active = user.isActive();
        form.staff = user.isStaff();
        form.superuser = user.isSuperuser();
        return form;
    }

    /** The fields under the API's names; the superuser flag only from a superuser, who alone sees it. */
    JsonObject changes(boolean bySuperuser) {
        JsonObjectBuilder json = Jsonp.createObjectBuilder()
                .add("username", username == null ? "" : username)
                .add("email", email == null ? "" : email)
                .add("is_active", active)
                .add("is_staff", staff);
        nullable(json, "nickname", nickname);
        nullable(json, "discordId", discordId);
        nullable(json, "steamid", steamid);
        if (mmr == null) {
            json.addNull("mmr");
        } else {
            json.add("mmr", mmr);
        }
        if (bySuperuser) {
            json.add("is_superuser", superuser);
        }
        return json.build();
    }

    private static void nullable(JsonObjectBuilder json, String key, String value) {
        if (value == null) {
            json.addNull(key);
        } else {
            json.add(key, value);
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getNickname() {
        return nickname;
    }

    public void setNickname(String nickname) {
        this.nickname = nickname;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Integer getMmr() {
        return mmr;
    }

    public void setMmr(Integer mmr) {
        this.mmr = mmr;
    }

    public String getDiscordId() {
        return discordId;
    }

    public void setDiscordId(String discordId) {
        this.discordId = discordId;
    }

    public String getSteamid() {
        return steamid;
    }

    public void setSteamid(String steamid) {
        this.steamid = steamid;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public boolean isStaff() {
        return staff;
    }

    public void setStaff(boolean staff) {
        this.staff = staff;
    }

    public boolean isSuperuser() {
        return superuser;
    }

    public void setSuperuser(boolean superuser) {
        this.superuser = superuser;
    }
}
