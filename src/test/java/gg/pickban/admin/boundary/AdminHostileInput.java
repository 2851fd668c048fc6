package gg.pickban.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.RawHttp;
import gg.pickban.testsupport.RawHttp.Answer;
import gg.pickban.testsupport.TestData;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Junk for the staff pages, sent byte for byte: odd query values and path spellings to every page as
 * anonymous, non-staff and staff; forms posted without, with made-up and with real view states, and
 * with field and PrimeFaces table values no browser would send, and the delete button staff are
 * not shown for a colleague. Nothing may answer 5xx, log SEVERE, or change the users the forms were aimed at.
 */
final class AdminHostileInput {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final List<String> PAGES = List.of("index", "users", "user", "herodrafts", "herodraft", "templates",
            "template", "schedule", "event", "occurrences", "occurrence", "steam", "audit", "nope");
    private static final String LONG = "9".repeat(3000);
    private static final List<String> QUERIES = List.of("", "id=abc", "id=-1", "id=0", "id=99999999999999999999999", "id=1e3",
            "id=%00", "id=" + LONG, "id=1&id=2", "id=%zz", "q=%27%20OR%201%3D1--", "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "q=" + "x".repeat(3000), "q=%E2%82", "event=abc", "event=-5", "type=%00&object=%00&user=%00", "user=%25%5F%5C",
            "jakarta.faces.ViewState=junk", "jakarta.faces.partial.ajax=true", "ln=..%2F..%2FWEB-INF");
    private static final List<String> PATHS = List.of("/admin/users.xhtml;jsessionid=x", "/admin//users.xhtml",
            "/admin/%2e%2e/api/users/", "/admin/users.xhtml/", "/admin/WEB-INF/admin/layout.xhtml",
            "/admin/%57EB-INF/admin/layout.xhtml", "/admin/../WEB-INF/web.xml", "/admin/jakarta.faces.resource/core.js?ln=primefaces",
            "/admin/jakarta.faces.resource/web.xml?ln=../../WEB-INF", "/admin/jakarta.faces.resource/..%2F..%2FWEB-INF%2Fweb.xml",
            "/admin/jakarta.faces.resource/nope.js", "/admin/users", "/admin/users.jsp", "/admin/.xhtml", "/admin/%00.xhtml",
            "/admin/users.xhtml?%", "/users.xhtml", "/admin/admin/users.xhtml", "/faces/users.xhtml");

    private AdminHostileInput() {
    }

    static void sweep(AppProcess app, Api staff, Api user) throws IOException {
        int logLines = app.logLines().size();
        long target = TestData.insertUser(TestData.unique("target"), null, null, null, 1500, Instant.now());
        long colleague = TestData.insertUser(TestData.unique("colleague"), null, null, null, 2500, Instant.now());
        AdminRows.roles(colleague, true, false);
        List<String> failures = new ArrayList<>();
        Map<String, String> clients = new LinkedHashMap<>();
        clients.put("anonymous", "");
        clients.put("user", "sessionid=" + user.cookie("sessionid"));
        clients.put("staff", "sessionid=" + staff.cookie("sessionid"));
        int sent = 0;
        for (Map.Entry<String, String> client : clients.entrySet()) {
            for (String page : PAGES) {
                for (String query : QUERIES) {
                    sent++;
                    check(failures, client.getKey(), get(app, "/admin/" + page + ".xhtml" + (query.isEmpty() ? "" : "?" + query),
                            client.getValue()), "GET " + page + "?" + shortened(query));
                }
            }
            for (String path : PATHS) {
                sent++;
                check(failures, client.getKey(), get(app, path, client.getValue()), "GET " + path);
            }
        }
        String session = "sessionid=" + staff.cookie("sessionid");
        for (String page : PAGES) {
            for (String viewState : List.of("junk", "1:2", "-1:-1", "", "%00", LONG)) {
                sent++;
                check(failures, "staff", post(app, "/admin/" + page + ".xhtml", session, false,
                        "list=list&form=form&jakarta.faces.ViewState=" + viewState), "POST " + page + " view state " + shortened(viewState));
            }
        }
        List<String> tableJunk = List.of("list:table_pagination=true&list:table_first=abc&list:table_rows=25",
                "list:table_pagination=true&list:table_first=-5&list:table_rows=-1",
                "list:table_pagination=true&list:table_first=0&list:table_rows=99999999",
                "list:table_pagination=true&list:table_first=" + LONG + "&list:table_rows=" + LONG,
                "list:table_sorting=true&list:table_sortKey=nope&list:table_sortDir=junk",
                "list:table_sorting=true&list:table_sortKey=list:table:j_idt999&list:table_sortDir=-1",
                "list:table_filtering=true&list:table:globalFilter=x", "list:table_encodeFeature=true&list:table_rowExpansion=true",
                "list:table_instantSelection=abc&list:table_selection=junk", "list:table_skipChildren=true&list:table_columnReorder=zz",
                "list:table_rppDD=abc");
        for (String page : List.of("users", "herodrafts", "templates", "schedule", "occurrences", "audit")) {
            for (String junk : tableJunk) {
                sent++;
                check(failures, "staff", postback(app, "/admin/" + page + ".xhtml", session, true,
                        "jakarta.faces.source=list:table&jakarta.faces.partial.execute=list:table&jakarta.faces.partial.render=list:table"
                                + "&jakarta.faces.behavior.event=page&jakarta.faces.partial.event=page&list=list&" + junk),
                        "ajax " + page + " " + shortened(junk));
            }
            for (String junk : List.of("list:role_input=NOPE&list:search=" + "%00".repeat(50), "list:state_input=nope&list:search=abc",
                    "list:type_input=%00&list:user=" + LONG, "jakarta.faces.partial.execute=@all&jakarta.faces.partial.render=@all",
                    "jakarta.faces.partial.execute=nope:nope&jakarta.faces.partial.render=nope", "jakarta.faces.source=%00")) {
                sent++;
                check(failures, "staff", postback(app, "/admin/" + page + ".xhtml", session, true,
                        "jakarta.faces.source=list:search&jakarta.faces.partial.execute=list&jakarta.faces.partial.render=list:table"
                                + "&jakarta.faces.behavior.event=keyup&list=list&" + junk), "ajax " + page + " " + shortened(junk));
            }
        }
        for (String junk : List.of("form:mmr=abc", "form:mmr=99999999999999999999", "form:username=" + "u".repeat(3000),
                "form:superuser_input=on&form:staff_input=on&form:username=x", "form:active_input=maybe", "form:email=%00%00",
                "form:steamid=" + LONG, "form:discordId=" + "1".repeat(300))) {
            sent++;
            check(failures, "staff", postback(app, "/admin/user.xhtml?id=" + target, session, false,
                    "form=form&form:save=form:save&" + junk), "POST user " + shortened(junk));
        }
        sent++;
        check(failures, "staff", postback(app, "/admin/user.xhtml?id=" + colleague, session, true,
                "jakarta.faces.source=form:delete&jakarta.faces.partial.execute=@all&jakarta.faces.partial.render=@all"
                        + "&form=form&form:delete=form:delete"), "POST a hidden delete of staff");
        for (String junk : List.of("form:postAt_input=junk&form:template_input=abc", "form:postAt_input=9999-99-99%2099:99&form:template_input=-1",
                "form:template_input=99999999999&form:postAt_input=2026-01-01%2000:00&form:weekly_input=on",
                "form:template_input=" + LONG)) {
            sent++;
            check(failures, "staff", postback(app, "/admin/event.xhtml", session, false, "form=form&form:save=form:save&" + junk),
                    "POST event " + shortened(junk));
        }
        for (String junk : List.of("form:name=" + "n".repeat(500) + "&form:type_input=nope&form:color=red&form:channel=x",
                "form:name=%00&form:title=%00&form:channel=12345678901234567890123")) {
            sent++;
            check(failures, "staff", postback(app, "/admin/template.xhtml", session, false, "form=form&form:save=form:save&" + junk),
                    "POST template " + shortened(junk));
        }

        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " requests failed:\n" + String.join("\n", failures));
        List<String> severe = app.logLines().stream().skip(logLines).filter(line -> line.contains("SEVERE")).toList();
        assertTrue(severe.isEmpty(), String.join("\n", severe));
        Answer unchanged = get(app, "/api/users/" + target + "/", "");
        assertEquals(200, unchanged.status());
        assertTrue(unchanged.body().contains("\"mmr\":1500") && unchanged.body().contains("\"is_superuser\":false")
                && unchanged.body().contains("\"is_staff\":false"), unchanged.body());
        assertFalse(unchanged.body().contains("uuuuuuuuuu"), "nothing of the junk was saved");
        assertEquals(200, get(app, "/api/users/" + colleague + "/", "").status(), "staff cannot delete staff, not even by a forged form");
    }

    private static void check(List<String> failures, String client, Answer answer, String what) {
        if (answer.status() >= 500) {
            failures.add(client + " " + what + " → " + answer.status() + " " + shortened(answer.body()));
        }
    }

    private static Answer get(AppProcess app, String target, String cookies) {
        return RawHttp.send(app, "GET", target, cookies.isEmpty() ? Map.of() : Map.of("Cookie", cookies), null);
    }

    private static Answer post(AppProcess app, String target, String cookies, boolean ajax, String body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/x-www-form-urlencoded");
        headers.put("Origin", "http://127.0.0.1:" + app.uri("/").getPort());
        if (!cookies.isEmpty()) {
            headers.put("Cookie", cookies);
        }
        if (ajax) {
            headers.put("Faces-Request", "partial/ajax");
            body = "jakarta.faces.partial.ajax=true&" + body;
        }
        return RawHttp.send(app, "POST", target, headers, body);
    }

    /** A form sent back to the page it came from, with the page's own view state and session. */
    private static Answer postback(AppProcess app, String target, String session, boolean ajax, String body) {
        Answer page = get(app, target, session);
        assertEquals(200, page.status(), target + ": " + shortened(page.body()));
        Matcher state = VIEW_STATE.matcher(page.body());
        assertTrue(state.find(), target + " has a form");
        String cookies = session + page.header("set-cookie").stream().map(c -> "; " + c.split(";")[0]).reduce("", String::concat);
        return post(app, target, cookies, ajax,
                body + "&jakarta.faces.ViewState=" + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8));
    }

    private static String shortened(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
