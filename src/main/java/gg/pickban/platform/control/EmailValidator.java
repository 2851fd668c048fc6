package gg.pickban.platform.control;

import java.net.IDN;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Django's {@code EmailValidator}: a dot-atom or quoted local part at a domain, localhost or bracketed IP. */
final class EmailValidator {

    static final String INVALID = "Enter a valid email address.";

    private static final int MAX_LENGTH = 320;
    private static final Pattern USER = Pattern.compile(
            "^[-!#$%&'*+/=?^_`{}|~0-9A-Z]+(?:\\.[-!#$%&'*+/=?^_`{}|~0-9A-Z]+)*\\z"
                    + "|^\"(?:[\\x01-\\x08\\x0b\\x0c\\x0e-\\x1f!#-\\[\\]-\\x7f]|\\\\[\\x01-\\x09\\x0b\\x0c\\x0e-\\x7f])*\"\\z",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOMAIN = Pattern.compile(
            "^(?:[A-Z0-9](?:[A-Z0-9-]{0,61}[A-Z0-9])?\\.)+(?:[A-Z0-9-]{2,63}(?<!-))\\z", Pattern.CASE_INSENSITIVE);
    private static final Pattern LITERAL = Pattern.compile("^\\[([A-F0-9:.]+)\\]\\z", Pattern.CASE_INSENSITIVE);

    private EmailValidator() {
    }

    static boolean isValid(String email) {
        int at = email.lastIndexOf('@');
        if (email.isEmpty() || at < 0 || email.length() > MAX_LENGTH) {
            return false;
        }
        String domain = email.substring(at + 1);
        if (!USER.matcher(email.substring(0, at)).matches()) {
            return false;
        }
        return domain.equals("localhost") || isDomain(domain) || isDomain(punycode(domain));
    }

    private static boolean isDomain(String domain) {
        if (domain == null) {
            return false;
        }
        if (DOMAIN.matcher(domain).matches()) {
            return true;
        }
        Matcher literal = LITERAL.matcher(domain);
        return literal.matches() && (IpLiteral.isV4(literal.group(1)) || IpLiteral.isV6(literal.group(1)));
    }

    /** An internationalised domain is checked again in its ASCII form; null when it has none. */
    private static String punycode(String domain) {
        try {
            return IDN.toASCII(domain);
        } catch (IllegalArgumentException notConvertible) {
            return null;
        }
    }
}
