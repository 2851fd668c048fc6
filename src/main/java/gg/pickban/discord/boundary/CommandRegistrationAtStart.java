package gg.pickban.discord.boundary;

import gg.pickban.discord.control.CommandRegistration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Once per start, off the deployment thread: bring the guild's slash commands in line with Pickban's, on
 * one instance at a time (instances starting together share the work through the cluster lock; a later
 * one finds the commands unchanged and only lists them).
 * <p>
 * An asynchronous call rather than a single-action timer: any programmatic timer makes Payara Server
 * start its EJB timer service, whose H2 database opens a TCP port on every interface.
 */
@Singleton
@Startup
// no container transaction: the registration only calls Discord
@TransactionManagement(TransactionManagementType.BEAN)
public class CommandRegistrationAtStart {

    @Resource
    SessionContext context;

    @Inject
    CommandRegistration commands;

    @PostConstruct
    void schedule() {
        context.getBusinessObject(CommandRegistrationAtStart.class).register();
    }

    @Asynchronous
    public void register() {
        commands.syncExclusive();
    }
}
