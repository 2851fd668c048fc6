package gg.pickban.admin.boundary;

import static gg.pickban.admin.boundary.AdminSiteIT.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Browser;
import gg.pickban.testsupport.EmbeddedApp;
import gg.pickban.testsupport.Logins;
import jakarta.json.JsonObject;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff site on the embedded default — Payara's H2 and in-process stand-ins for Redis, nothing
 * configured but the test logins — in a real browser: every screen opens, and its searches, sorts
 * and forms run their SQL on H2.
 */
@ExtendWith(EmbeddedApp.class)
class AdminEmbeddedIT {

    @Test
    void everyScreenWorksOnTheEmbeddedDefault(AppProcess app) {
        assertTrue(Browser.available(), "the browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        try (Browser browser = Browser.open(app)) {
            Api staff = Logins.staff(app);
            // the instance is shared with other embedded tests: find the staff login's user among theirs
            long pk = staff.get("/api/users/").array().getValuesAs(JsonObject.class).stream()
                    .filter(user -> user.getString("username").equals("hurk_")).findFirst().orElseThrow().getJsonNumber("pk").longValue();
            browser.loggedInAs(staff).go("/admin/").waitForText("h1", "Site administration");

            browser.go("/admin/users.xhtml").type(id("list:search"), "hurk").waitForText(id("list:table_data"), "hurk_");
            browser.click(id("list:table") + " th[id='list:table:mmr']").settle();
            browser.go("/admin/user.xhtml?id=" + pk).type(id("form:mmr"), "3210").click(id("form:save"))
                    .waitForText(".ui-growl", "Saved");
            assertEquals(3210, staff.get("/api/users/" + pk + "/").object().getInt("mmr"));

            browser.go("/admin/template.xhtml").type(id("form:name"), "Weekly inhouse").type(id("form:title"), "Weekly inhouse")
                    .type(id("form:channel"), "123456789012345678").click(id("form:save")).waitForText("h1", "Event template");
            browser.go("/admin/templates.xhtml").type(id("list:search"), "weekly").waitForText(id("list:table_data"), "Weekly inhouse");
            browser.go("/admin/event.xhtml").select("form:template", "Weekly inhouse")
                    .click(id("form:weekly") + " .ui-chkbox-box")
                    .type(id("form:postAt_input"), LocalDateTime.now(ZoneOffset.UTC).plusDays(1)
                            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                    .click("h1").click(id("form:save"))
                    .waitForText("#status", "active");
            browser.go("/admin/schedule.xhtml").type(id("list:search"), "inhouse").waitForText(id("list:table_data"), "weekly");
            browser.go("/admin/occurrences.xhtml").waitForText(id("list:table"), "Nothing posted yet.");
            browser.go("/admin/herodrafts.xhtml").select("list:state", "drafting").waitForText(id("list:table"), "No hero draft matches.");
            browser.go("/admin/steam.xhtml").click(id("steam:recompute")).waitForText(".ui-growl", "Recomputed");

            browser.go("/admin/audit.xhtml?user=hurk").waitForText(id("list:table_data"), "mmr: 3000 → 3210");
            String audit = browser.text(id("list:table_data"));
            assertTrue(audit.contains("event_template") && audit.contains("scheduled_event") && audit.contains("recompute_stats"), audit);
            browser.screenshot("admin-embedded-audit");
        }
    }
}
