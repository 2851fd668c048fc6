package gg.pickban.platform.control;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Django's {@code URLValidator}, limited to the http and https schemes the contract allows
 * (docs/api.md §2, scalars).
 */
final class UrlValidator {

    static final String INVALID = "Enter a valid URL.";

    private static final Set<String> SCHEMES = Set.of("http", "https");
    private static final int MAX_LENGTH = 2048;
    private static final int MAX_HOST_LENGTH = 253;
    private static final String UNICODE_LETTERS = "\u00a1-\uffff";
    private static final String IPV4 = "(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)"
            + "(?:\\.(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)){3}";
    private static final String IPV6 = "\\[[0-9a-f:.]+\\]";
    private static final String HOSTNAME = "[a-z" + UNICODE_LETTERS + "0-9](?:[a-z" + UNICODE_LETTERS + "0-9-]{0,61}[a-z"
            + UNICODE_LETTERS + "0-9])?";
    private static final String DOMAIN = "(?:\\.(?!-)[a-z" + UNICODE_LETTERS + "0-9-]{1,63}(?<!-))*";
    private static final String TLD = "\\.(?!-)(?:[a-z" + UNICODE_LETTERS + "-]{2,63}|xn--[a-z0-9]{1,59})(?<!-)\\.?";
    private static final Pattern URL = Pattern.compile("^(?:[a-z0-9.+-]*)://"
            + "(?:[^\\s:@/]+(?::[^\\s:@/]*)?@)?"
            + "(?:" + IPV4 + "|" + IPV6 + "|(" + HOSTNAME + DOMAIN + TLD + "|localhost))"
            + "(?::[0-9]{1,5})?"
            + "(?:[/?#][^\\s]*)?\\z",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern BRACKETED_HOST = Pattern.compile("^\\[(.+)\\](?::[0-9]{1,5})?$");

    private UrlValidator() {
    }

    static boolean isValid(String url) {
        if (url.length() > MAX_LENGTH || url.contains("\t") || url.contains("\r") || url.contains("\n")) {
            return false;
        }
        int schemeEnd = url.indexOf("://");
        String scheme = schemeEnd < 0 ? url : url.substring(0, schemeEnd);
        if (!SCHEMES.contains(scheme.toLowerCase(Locale.ROOT)) || !URL.matcher(url).matches()) {
            return false;
        }
        String netloc = netloc(url.substring(schemeEnd + 3));
        Matcher bracketed = BRACKETED_HOST.matcher(netloc);
        if (bracketed.matches() && !IpLiteral.isV6(bracketed.group(1))) {
            return false;
        }
        return host(netloc).length() <= MAX_HOST_LENGTH;
    }

    private static String netloc(String afterScheme) {
        int end = afterScheme.length();
        for (char delimiter : new char[] {'/', '?', '#'}) {
            int at = afterScheme.indexOf(delimiter);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return afterScheme.substring(0, end);
    }

    private static String host(String netloc) {
        String hostAndPort = netloc.substring(netloc.lastIndexOf('@') + 1);
        if (hostAndPort.startsWith("[")) {
            return hostAndPort.substring(1, Math.max(1, hostAndPort.indexOf(']')));
        }
        int colon = hostAndPort.indexOf(':');
        return colon < 0 ? hostAndPort : hostAndPort.substring(0, colon);
    }
}
