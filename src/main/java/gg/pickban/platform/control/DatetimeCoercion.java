package gg.pickban.platform.control;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DRF's {@code DateTimeField} coercion: what Django's {@code parse_datetime} and Python's
 * {@code datetime.fromisoformat} accept, read as UTC when no offset is given (docs/api.md §2, scalars).
 */
final class DatetimeCoercion {

    static final String INVALID =
            "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].";
    static final String OUT_OF_RANGE = "Datetime value out of range.";

    /** Django's {@code datetime_re}; digits past the sixth of the fraction are dropped, not rounded. */
    private static final Pattern DATETIME = Pattern.compile(
            "^(\\d{4})-(\\d{1,2})-(\\d{1,2})[T ](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d{1,6})\\d*)?)?"
                    + "\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?$");
    /** {@code fromisoformat} also takes a bare date, as midnight. */
    private static final Pattern DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})$");
    /** Python's datetime spans years 1 to 9999 and its fixed offsets stay under a day. */
    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999Z");
    private static final int MINUTES_PER_DAY = 24 * 60;

    private DatetimeCoercion() {
    }

    static Instant instant(JsonValue value) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new Rejected(INVALID);
        }
        String text = ((JsonString) value).getString();
        Matcher date = DATE.matcher(text);
        if (date.matches()) {
            return at(local(date, false), 0);
        }
        Matcher datetime = DATETIME.matcher(text);
        if (datetime.matches()) {
            return at(local(datetime, true), offsetMinutes(datetime.group(8)));
        }
        throw new Rejected(INVALID);
    }

    private static LocalDateTime local(Matcher match, boolean hasTime) {
        int year = Integer.parseInt(match.group(1));
        if (year < 1) {
            throw new Rejected(INVALID);
        }
        try {
            return LocalDateTime.of(year, number(match.group(2)), number(match.group(3)),
                    hasTime ? number(match.group(4)) : 0, hasTime ? number(match.group(5)) : 0,
                    hasTime ? number(match.group(6)) : 0, hasTime ? micros(match.group(7)) * 1000 : 0);
        } catch (DateTimeException impossibleDate) {
            throw new Rejected(INVALID);
        }
    }

    private static int offsetMinutes(String zone) {
        if (zone == null || zone.equals("Z")) {
            return 0;
        }
        // Django adds the minutes without checking them against 60, as we do.
        int minutes = 60 * Integer.parseInt(zone.substring(1, 3))
                + (zone.length() > 3 ? Integer.parseInt(zone.substring(zone.length() - 2)) : 0);
        if (minutes >= MINUTES_PER_DAY) {
            throw new Rejected(INVALID);
        }
        return zone.startsWith("-") ? -minutes : minutes;
    }

    private static Instant at(LocalDateTime local, int offsetMinutes) {
        // ZoneOffset stops at 18 hours; Python's offsets go to 23:59, so the shift is done by hand.
        Instant instant = local.toInstant(ZoneOffset.UTC).minusSeconds(offsetMinutes * 60L);
        if (instant.isBefore(FIRST) || instant.isAfter(LAST)) {
            throw new Rejected(OUT_OF_RANGE);
        }
        return instant;
    }

    private static int number(String digits) {
        return digits == null ? 0 : Integer.parseInt(digits);
    }

    private static int micros(String fraction) {
        return fraction == null ? 0 : Integer.parseInt((fraction + "00000").substring(0, 6));
    }
}
