package gg.pickban.discord.control;

import gg.pickban.cluster.control.ClusterJobs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the guild's slash commands what Pickban defines: lists them, and overwrites the whole set
 * (Discord keeps the ids of commands that keep their name) only when anything differs — a missing,
 * changed or foreign command. Needs the bot token, the application id and the guild id.
 */
@ApplicationScoped
public class CommandRegistration {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, NOT_CONFIGURED }

    static final String JOB = "discord-commands";
    private static final Duration LOCK = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(CommandRegistration.class.getName());

    @Inject
    DiscordApi discord;

    @Inject
    ClusterJobs cluster;

    @Inject
    @ConfigProperty(name = "pickban.discord.client-id")
    Optional<String> applicationId;

    @Inject
    @ConfigProperty(name = "pickban.discord.guild-id", defaultValue = "734185035623825559")
    String guildId;

    /**
     * Syncs on one instance at a time. @return what it did; empty when another instance is at it,
     * jobs are off, or Discord failed (logged)
     */
    public Optional<Outcome> syncExclusive() {
        AtomicReference<Outcome> outcome = new AtomicReference<>();
        cluster.runExclusive(JOB, LOCK, () -> outcome.set(sync()));
        return Optional.ofNullable(outcome.get());
    }

    public Outcome sync() {
        String application = applicationId.map(String::strip).orElse("");
        if (!discord.botConfigured() || application.isEmpty() || guildId.isBlank()) {
            LOG.info("Discord slash commands not registered: bot token, pickban.discord.client-id or guild id missing");
            return Outcome.NOT_CONFIGURED;
        }
        Outcome outcome = compare(SlashCommand.PICKBAN, discord.guildCommands(application, guildId.strip()));
        if (outcome != Outcome.UNCHANGED) {
            discord.overwriteGuildCommands(application, guildId.strip(), SlashCommand.toJson(SlashCommand.PICKBAN));
        }
        LOG.info(() -> "Discord slash commands: " + outcome.name().toLowerCase());
        return outcome;
    }

    /** CREATED when none of ours is listed, UNCHANGED when exactly ours are, UPDATED otherwise. */
    static Outcome compare(List<SlashCommand> ours, JsonArray listed) {
        Set<SlashCommand> theirs = new HashSet<>();
        listed.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).map(SlashCommand::from).forEach(theirs::add);
        if (theirs.size() == listed.size() && theirs.equals(Set.copyOf(ours))) {
            return Outcome.UNCHANGED;
        }
        Set<String> names = new HashSet<>();
        theirs.forEach(command -> names.add(command.name()));
        return ours.stream().noneMatch(command -> names.contains(command.name())) ? Outcome.CREATED : Outcome.UPDATED;
    }
}
