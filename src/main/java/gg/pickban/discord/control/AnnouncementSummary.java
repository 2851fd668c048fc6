package gg.pickban.discord.control;

/** What one scheduler run did: slots found due, posted, failed (left due), and left to another instance. */
public record AnnouncementSummary(int due, int posted, int failed, int skipped) {

    @Override
    public String toString() {
        return "{due: " + due + ", posted: " + posted + ", failed: " + failed + ", skipped: " + skipped + "}";
    }
}
