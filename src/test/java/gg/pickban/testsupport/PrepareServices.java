package gg.pickban.testsupport;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs once per test JVM before any test class: the integration run (failsafe sets it.pg.admin-url)
 * starts from a fresh database, whichever IT — Arquillian or process harness — boots first.
 */
public class PrepareServices implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (TestServices.configured()) {
            TestServices.prepare();
        }
    }
}
