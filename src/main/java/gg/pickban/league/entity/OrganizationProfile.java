package gg.pickban.league.entity;

/** What an organization says about itself: the plain fields of OrganizationFull. */
public record OrganizationProfile(String name, RichText description, String logo, String discordLink,
        String discordServerId, RichText rulesTemplate, String timezone) {

    /** A new organization's defaults; the name is always given. */
    public static final OrganizationProfile DEFAULTS = new OrganizationProfile("", RichText.EMPTY, "", "", null,
            RichText.EMPTY, "America/New_York");
}
