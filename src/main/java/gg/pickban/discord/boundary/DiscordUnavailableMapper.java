package gg.pickban.discord.boundary;

import gg.pickban.discord.control.DiscordUnavailable;
import gg.pickban.platform.boundary.ErrorBody;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Discord failed us: 502 {@code {"error": "Discord API error: <reason>"}} (docs/decisions.md D47). */
@Provider
public class DiscordUnavailableMapper implements ExceptionMapper<DiscordUnavailable> {

    @Override
    public Response toResponse(DiscordUnavailable failure) {
        return ErrorBody.error(502, "Discord API error: " + failure.reason());
    }
}
