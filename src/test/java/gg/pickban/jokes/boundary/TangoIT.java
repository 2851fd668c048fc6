package gg.pickban.jokes.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gg.pickban.testsupport.Api;
import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.Logins;
import gg.pickban.testsupport.Reply;
import gg.pickban.testsupport.SharedApp;
import gg.pickban.testsupport.TestData;
import gg.pickban.testsupport.TestServices;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The tango joke (docs/api.md §6): exact bodies, and concurrent buys that never lose a count. */
@ExtendWith(SharedApp.class)
class TangoIT {

    static final String MESSAGE = "You bought a tango! \uD83C\uDF3F";

    private static Api freshUser(AppProcess app) {
        return Logins.as(app, TestData.insertUser(TestData.unique("tango"), null, null, null, null, Instant.now()));
    }

    private static long stored(long user) throws SQLException {
        try (Connection db = TestServices.database();
                PreparedStatement query = db.prepareStatement("SELECT tangoes_purchased FROM tango_joke WHERE user_id = ?")) {
            query.setLong(1, user);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getLong(1) : -1;
            }
        }
    }

    @Test
    void aRecordStartsAtZeroAndEachBuyAddsOne(AppProcess app) throws SQLException {
        long user = TestData.insertUser(TestData.unique("tango"), null, null, null, null, Instant.now());
        Api buyer = Logins.as(app, user);
        assertEquals(-1, stored(user));
        Reply first = buyer.get("/api/jokes/tangoes/");
        assertEquals(200, first.status());
        assertEquals("{\"tangoes_purchased\":0}", first.body());
        assertEquals(0, stored(user), "GET creates the record");

        Reply bought = buyer.post("/api/jokes/tangoes/buy/", null);
        assertEquals(200, bought.status(), bought.body());
        assertEquals(1, bought.object().getInt("tangoes_purchased"));
        assertEquals(MESSAGE, bought.object().getString("message"));
        assertEquals(Set.of("message", "tangoes_purchased"), bought.object().keySet());
        assertEquals(2, buyer.post("/api/jokes/tangoes/buy", null).object().getInt("tangoes_purchased"));
        assertEquals("{\"tangoes_purchased\":2}", buyer.get("/api/jokes/tangoes").body());
    }

    @Test
    void anonymousCallersAreRefused(AppProcess app) {
        assertEquals("{\"detail\":\"Authentication credentials were not provided.\"}", app.api().get("/api/jokes/tangoes/").body());
        assertEquals(403, app.api().post("/api/jokes/tangoes/buy/", null).status());
    }

    @Test
    void concurrentBuysNeverLoseACountNotEvenTheVeryFirstOnes(AppProcess app) throws Exception {
        Api buyer = freshUser(app);
        int buys = 40;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            IntStream.range(0, buys).forEach(i -> replies.add(pool.submit(() -> buyer.post("/api/jokes/tangoes/buy/", null))));
            Set<Integer> counts = new TreeSet<>();
            for (Future<Reply> reply : replies) {
                Reply done = reply.get();
                assertEquals(200, done.status(), done.body());
                counts.add(done.object().getInt("tangoes_purchased"));
            }
            assertEquals(IntStream.rangeClosed(1, buys).boxed().collect(java.util.stream.Collectors.toCollection(TreeSet::new)), counts,
                    "every buy saw its own increment");
        } finally {
            pool.shutdownNow();
        }
        assertEquals("{\"tangoes_purchased\":" + buys + "}", buyer.get("/api/jokes/tangoes/").body());
    }
}
