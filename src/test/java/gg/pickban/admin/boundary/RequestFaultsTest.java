package gg.pickban.admin.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where an expired form sends the browser: the same page, with its query only when the browser came from exactly that page. */
class RequestFaultsTest {

    @Test
    void theRefererOfTheSamePageKeepsItsQuery() {
        assertEquals("/admin/user.xhtml?id=5",
                RequestFaults.Handler.sameSiteReferer("https://league.example/admin/user.xhtml?id=5", "/admin/user.xhtml"));
    }

    @Test
    void anyOtherRefererIsIgnored() {
        assertEquals("/admin/user.xhtml", RequestFaults.Handler.sameSiteReferer(null, "/admin/user.xhtml"));
        assertEquals("/admin/user.xhtml",
                RequestFaults.Handler.sameSiteReferer("https://league.example/admin/users.xhtml?q=x", "/admin/user.xhtml"));
        assertEquals("/admin/user.xhtml", RequestFaults.Handler.sameSiteReferer("::not a uri", "/admin/user.xhtml"));
        assertEquals("/admin/user.xhtml",
                RequestFaults.Handler.sameSiteReferer("https://x/admin/user.xhtml?id=%0d%0a<x>", "/admin/user.xhtml"));
        assertEquals("/admin/user.xhtml", RequestFaults.Handler.sameSiteReferer("https://x/admin/user.xhtml", "/admin/user.xhtml"));
    }
}
