package gg.pickban.testsupport;

/** Browsers logged in through the test endpoints, one per site-wide role. */
public final class Logins {

    private Logins() {
    }

    public static Api anonymous(AppProcess app) {
        return app.api();
    }

    public static Api user(AppProcess app) {
        return login(app, "/api/tests/login-user/");
    }

    public static Api staff(AppProcess app) {
        return login(app, "/api/tests/login-staff/");
    }

    public static Api superuser(AppProcess app) {
        return login(app, "/api/tests/login-admin/");
    }

    /** Logs in as the user with that pk. */
    public static Api as(AppProcess app, long userPk) {
        Api api = app.api();
        Reply reply = api.post("/api/tests/login-as/", "{\"user_pk\": " + userPk + "}");
        if (reply.status() != 200) {
            throw new IllegalStateException("login-as failed: " + reply);
        }
        return api;
    }

    private static Api login(AppProcess app, String path) {
        Api api = app.api();
        Reply reply = api.post(path, null);
        if (reply.status() != 200) {
            throw new IllegalStateException(path + " failed: " + reply);
        }
        return api;
    }
}
