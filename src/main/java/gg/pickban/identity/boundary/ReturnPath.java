package gg.pickban.identity.boundary;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a login may send the browser back to: only a relative path on this site under
 * {@code /admin/} (the staff pages), so a crafted login link can never bounce a fresh session to
 * another site or to an unexpected page. Anything else — absolute or scheme-relative URLs,
 * backslashes, dot segments, encoded slashes or dots, control characters — is no return path.
 */
public final class ReturnPath {

    static final int MAX_LENGTH = 512;
    private static final Pattern ALLOWED = Pattern.compile(
            "/admin(/[A-Za-z0-9._~!$&'()*+,;=:@%-]*)*(\\?[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?");
    private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.{1,2}(/|\\?|$)");
    private static final Pattern ENCODED_SEPARATOR = Pattern.compile("%(2[eEfF]|5[cC]|0[0-9a-fA-F]|1[0-9a-fA-F]|7[fF])");

    private ReturnPath() {
    }

    public static Optional<String> of(String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > MAX_LENGTH
                || !ALLOWED.matcher(candidate).matches() || candidate.contains("//")) {
            return Optional.empty();
        }
        String path = candidate.contains("?") ? candidate.substring(0, candidate.indexOf('?')) : candidate;
        if (DOT_SEGMENT.matcher(path).find() || ENCODED_SEPARATOR.matcher(path).find()) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }
}
