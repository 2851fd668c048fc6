package gg.pickban.discord.boundary;

import gg.pickban.discord.control.CommandRegistration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Once per start, a few seconds after deployment: bring the guild's slash commands in line with
 * Pickban's, on one instance at a time (instances starting together share the work through the
 * cluster lock; a later one finds the commands unchanged and only lists them).
 */
@Singleton
@Startup
// no container transaction: the registration only calls Discord
@TransactionManagement(TransactionManagementType.BEAN)
public class CommandRegistrationAtStart {

    private static final long DELAY_MILLIS = 3000;

    @Resource
    TimerService timers;

    @Inject
    CommandRegistration commands;

    @PostConstruct
    void schedule() {
        timers.createSingleActionTimer(DELAY_MILLIS, new TimerConfig(null, false));
    }

    @Timeout
    void register() {
        commands.syncExclusive();
    }
}
