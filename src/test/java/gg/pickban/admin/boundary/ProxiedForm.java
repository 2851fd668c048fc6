package gg.pickban.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.RawHttp;
import gg.pickban.testsupport.RawHttp.Answer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The user form as a browser behind the TLS proxy sends it: opened, then saved with a new MMR as an Ajax request. */
final class ProxiedForm {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern FIELD = Pattern.compile("name=\"(form:[a-zA-Z]+(?:_input)?)\"[^>]*?(?:value=\"([^\"]*)\")?[^>]*>");

    private ProxiedForm() {
    }

    /** @param origin the Origin header sent with the form, or null for none */
    static Answer saveMmr(AppProcess app, Api staff, long userId, int mmr, Map<String, String> proxy, String origin) {
        Map<String, String> headers = new LinkedHashMap<>(proxy);
        headers.put("Cookie", "sessionid=" + staff.cookie("sessionid"));
        Answer page = RawHttp.send(app, "GET", "/admin/user.xhtml?id=" + userId, headers, null);
        assertEquals(200, page.status(), page.body());
        Matcher state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find());
        headers.put("Cookie", headers.get("Cookie") + "; " + page.header("set-cookie").get(0).split(";")[0]);
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        headers.put("Faces-Request", "partial/ajax");
        if (origin != null) {
            headers.put("Origin", origin);
        }
        StringBuilder body = new StringBuilder("jakarta.faces.partial.ajax=true&jakarta.faces.source=form:save"
                + "&jakarta.faces.partial.execute=form&jakarta.faces.partial.render=form&form:save=form:save&form=form");
        Matcher field = FIELD.matcher(page.body());
        while (field.find()) {
            String name = field.group(1);
            String value = name.equals("form:mmr") ? Integer.toString(mmr) : field.group(2);
            if (name.endsWith("_input")) {
                value = field.group().contains("checked") ? "on" : null;
            }
            if (value != null) {
                body.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        body.append("&jakarta.faces.ViewState=").append(URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
        return RawHttp.send(app, "POST", "/admin/user.xhtml?id=" + userId, headers, body.toString());
    }
}
