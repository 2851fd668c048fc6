package gg.pickban.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A league member: logs in with Discord, may link a Steam account, and carries the site-wide
 * roles (staff, superuser). Scoped roles (organization, league, team) live with those objects.
 */
@Entity
@Table(name = "users")
@NamedQuery(name = User.ALL, query = "SELECT u FROM User u ORDER BY u.id")
@NamedQuery(name = User.BY_DISCORD_ID, query = "SELECT u FROM User u WHERE u.discordId = :discordId")
@NamedQuery(name = User.BY_STEAMID, query = "SELECT u FROM User u WHERE u.steamid = :steamid")
@NamedQuery(name = User.SEARCH, query = "SELECT u FROM User u WHERE LOWER(u.username) LIKE :pattern ESCAPE '\\'"
        + " OR LOWER(u.discordUsername) LIKE :pattern ESCAPE '\\' OR LOWER(u.discordNickname) LIKE :pattern ESCAPE '\\'"
        + " OR LOWER(u.guildNickname) LIKE :pattern ESCAPE '\\' ORDER BY u.id")
@NamedQuery(name = User.BY_USERNAME, query = "SELECT u FROM User u WHERE u.username = :username")
@NamedQuery(name = User.BY_DISCORD_USERNAME, query = "SELECT u FROM User u WHERE u.discordUsername = :discordUsername ORDER BY u.id")
public class User {

    public static final String ALL = "User.all";
    public static final String BY_DISCORD_ID = "User.byDiscordId";
    public static final String BY_USERNAME = "User.byUsername";
    public static final String BY_STEAMID = "User.bySteamid";
    public static final String SEARCH = "User.search";
    public static final String BY_DISCORD_USERNAME = "User.byDiscordUsername";

    @Id
    @SequenceGenerator(name = "users_seq", sequenceName = "users_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "users_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = 150)
    private String username;

    private String nickname;

    @Column(nullable = false)
    private String email = "";

    @Column(name = "is_staff", nullable = false)
    private boolean staff;

    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    @Column(name = "is_superuser", nullable = false)
    private boolean superuser;

    private String avatar;

    @Column(name = "discord_id", unique = true)
    private String discordId;

    @Column(name = "discord_username")
    private String discordUsername;

    @Column(name = "discord_nickname")
    private String discordNickname;

    @Column(name = "guild_nickname")
    private String guildNickname;

    @Column(unique = true)
    private Long steamid;

    @Column(name = "steam_account_id")
    private Long steamAccountId;

    private Integer mmr;

    @Column(name = "league_mmr")
    private Integer leagueMmr;

    @Column(name = "has_active_dota_mmr", nullable = false)
    private boolean hasActiveDotaMmr;

    @Column(name = "dota_mmr_last_verified")
    private Instant dotaMmrLastVerified;

    @Column(name = "date_joined", nullable = false)
    private Instant dateJoined;

    @Column(name = "default_organization_id")
    private Long defaultOrganizationId;

    @Column(name = "avatar_checked_at")
    private Instant avatarCheckedAt;

    @Column(name = "discord_access_token")
    private String discordAccessToken;

    @Column(name = "discord_refresh_token")
    private String discordRefreshToken;

    @Column(name = "discord_token_expires_at")
    private Instant discordTokenExpiresAt;

    @Embedded
    private Positions positions = new Positions();

    protected User() {
    }

    public User(String username, Instant dateJoined) {
        this.username = username;
        this.dateJoined = dateJoined;
    }

    /** A user known from Discord: the Discord name becomes the username (docs/decisions.md D14). */
    public static User fromDiscord(String username, String discordId, String discordUsername, Instant now) {
        User user = new User(username, now);
        user.discordId = discordId;
        user.discordUsername = discordUsername;
        return user;
    }

    /** Site-wide roles; superuser implies nothing by itself here, the staff checks read both (docs/decisions.md D3). */
    public void assignSiteRoles(boolean staff, boolean superuser) {
        this.staff = staff;
        this.superuser = superuser;
    }

    /** What a Discord login refreshes on every sign-in. */
    public void linkDiscord(String discordId, String discordUsername, String avatarHash) {
        this.discordId = discordId;
        this.discordUsername = discordUsername;
        this.avatar = avatarHash;
    }

    public void rename(String username) {
        this.username = username;
    }

    /** The caller's OAuth tokens, kept for the calls made on their behalf (their guild list). */
    public void storeDiscordTokens(String accessToken, String refreshToken, Instant expiresAt) {
        this.discordAccessToken = accessToken;
        this.discordRefreshToken = refreshToken;
        this.discordTokenExpiresAt = expiresAt;
    }

    public String discordAccessToken() {
        return discordAccessToken;
    }

    public Instant discordTokenExpiresAt() {
        return discordTokenExpiresAt;
    }

    public void changeNickname(String nickname) {
        this.nickname = nickname;
    }

    public void changeEmail(String email) {
        this.email = email;
    }

    public void changeAvatar(String avatarHash) {
        this.avatar = avatarHash;
    }

    /** When the avatar jobs last looked at this user; the rotating batch takes the oldest first (docs/decisions.md D43). */
    public void recordAvatarCheck(Instant checkedAt) {
        this.avatarCheckedAt = checkedAt;
    }

    public Instant avatarCheckedAt() {
        return avatarCheckedAt;
    }

    public void changeDiscordId(String discordId) {
        this.discordId = discordId;
    }

    public void activate(boolean active) {
        this.active = active;
    }

    public void backdateJoined(Instant dateJoined) {
        this.dateJoined = dateJoined;
    }

    public void chooseDefaultOrganization(Long organizationId) {
        this.defaultOrganizationId = organizationId;
    }

    public void reportMmr(Integer mmr) {
        this.mmr = mmr;
    }

    /** The Discord CDN URL the frontend shows (docs/rules.md §8.1). */
    public String avatarUrl() {
        if (discordId == null) {
            return null;
        }
        if (avatar != null && !avatar.isEmpty()) {
            String extension = avatar.startsWith("a_") ? "gif" : "png";
            return "https://cdn.discordapp.com/avatars/" + discordId + "/" + avatar + "." + extension;
        }
        return "https://cdn.discordapp.com/embed/avatars/" + defaultAvatarIndex() + ".png";
    }

    private long defaultAvatarIndex() {
        try {
            return (Long.parseLong(discordId) >>> 22) % 6;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Links (or, with null, unlinks) a Steam64 id; the 32-bit account id is derived and stored. */
    public void linkSteam(Long steam64) {
        this.steamid = steam64;
        this.steamAccountId = steam64 == null ? null : SteamIds.accountId(steam64);
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String nickname() {
        return nickname;
    }

    public String email() {
        return email;
    }

    public boolean isStaff() {
        return staff;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isSuperuser() {
        return superuser;
    }

    public String avatar() {
        return avatar;
    }

    public String discordId() {
        return discordId;
    }

    public String discordUsername() {
        return discordUsername;
    }

    public Long steamid() {
        return steamid;
    }

    public Long steamAccountId() {
        return steamAccountId;
    }

    public Integer mmr() {
        return mmr;
    }

    public Integer leagueMmr() {
        return leagueMmr;
    }

    public Instant dateJoined() {
        return dateJoined;
    }

    public Long defaultOrganizationId() {
        return defaultOrganizationId;
    }

    public Positions positions() {
        return positions;
    }
}
