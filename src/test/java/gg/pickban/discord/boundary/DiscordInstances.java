package gg.pickban.discord.boundary;

import gg.pickban.testsupport.AppProcess;
import gg.pickban.testsupport.FakeDiscord;
import gg.pickban.testsupport.TestServices;
import java.util.LinkedHashMap;
import java.util.Map;

/** Pickban instances wired to a fake Discord (booted side by side with {@link AppProcess#startTogether}). */
final class DiscordInstances {

    static final String GUILD_ID = "734185035623825559";

    private DiscordInstances() {
    }

    /** Production configuration plus Discord: the fake's API and CDN, a bot token and a public key (either may be null). */
    static Map<String, String> env(FakeDiscord discord, String botToken, String publicKeyHex) {
        Map<String, String> env = new LinkedHashMap<>(TestServices.productionEnv());
        env.put("PICKBAN_DISCORD_API_BASE", discord.apiBase());
        env.put("PICKBAN_DISCORD_CDN_BASE", discord.cdnBase());
        env.put("PICKBAN_DISCORD_GUILD_ID", GUILD_ID);
        if (botToken != null) {
            env.put("PICKBAN_DISCORD_BOT_TOKEN", botToken);
        }
        if (publicKeyHex != null) {
            env.put("PICKBAN_DISCORD_PUBLIC_KEY", publicKeyHex);
        }
        return env;
    }

    static void stop(AppProcess... apps) {
        for (AppProcess app : apps) {
            if (app != null) {
                app.stop();
            }
        }
    }
}
