package gg.pickban.identity.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which {@code next} a login keeps: plain relative paths under /admin only. */
class ReturnPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/", "/admin/users.xhtml", "/admin/users.xhtml?q=hurk_&role=STAFF",
            "/admin/audit.xhtml?type=user&object=42", "/admin/users.xhtml?q=a%20b"})
    void staffPagesAreKept(String next) {
        assertEquals(Optional.of(next), ReturnPath.of(next));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "/done", "/api/users/", "/adminx", "/administrator", "admin/", "//evil.example/admin/",
            "https://evil.example/admin/", "/admin//evil.example", "/admin/../api/users/", "/admin/./users.xhtml",
            "/admin/%2e%2e/api", "/admin/%2E%2E/api", "/admin%2f..%2fapi", "/admin/%2fevil", "/admin/\\\\evil.example",
            "/admin/\\u0000", "/admin/%00", "/admin/%0d%0aSet-Cookie:x=y", "/admin/users.xhtml#x", "/admin/ users",
            "/admin/users.xhtml?next=<script>", "javascript:alert(1)", "/admin/..", "/admin/.."})
    void anythingElseIsNot(String next) {
        assertTrue(ReturnPath.of(next).isEmpty(), next);
    }

    @Test
    void neitherIsNothingNorSomethingHuge() {
        assertTrue(ReturnPath.of(null).isEmpty());
        assertTrue(ReturnPath.of("/admin/" + "a".repeat(600)).isEmpty());
    }
}
