package gg.pickban.platform.control;

import java.util.regex.Pattern;

/** Whether a text is an IPv4 or IPv6 address the way Python's {@code ipaddress} module parses one. */
final class IpLiteral {

    /** Python refuses leading zeros in an octet, since they once meant octal. */
    private static final Pattern IPV4 = Pattern.compile("(?:0|[1-9]\\d{0,2})(?:\\.(?:0|[1-9]\\d{0,2})){3}");
    private static final Pattern HEXTET = Pattern.compile("[0-9a-fA-F]{1,4}");
    private static final int HEXTETS = 8;

    private IpLiteral() {
    }

    static boolean isV4(String text) {
        if (!IPV4.matcher(text).matches()) {
            return false;
        }
        for (String octet : text.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }

    static boolean isV6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        if (gap < 0) {
            return hextets(text, true) == HEXTETS;
        }
        String head = text.substring(0, gap);
        String tail = text.substring(gap + 2);
        int headCount = head.isEmpty() ? 0 : hextets(head, false);
        int tailCount = tail.isEmpty() ? 0 : hextets(tail, true);
        // "::" must stand for at least one group.
        return headCount >= 0 && tailCount >= 0 && headCount + tailCount < HEXTETS;
    }

    /** The number of 16-bit groups, a trailing IPv4 part counting as two; -1 when malformed. */
    private static int hextets(String part, boolean mayEndInV4) {
        String[] groups = part.split(":", -1);
        int count = 0;
        for (int i = 0; i < groups.length; i++) {
            boolean last = i == groups.length - 1;
            if (last && mayEndInV4 && groups[i].contains(".")) {
                if (!isV4(groups[i])) {
                    return -1;
                }
                count += 2;
            } else if (HEXTET.matcher(groups[i]).matches()) {
                count++;
            } else {
                return -1;
            }
        }
        return count;
    }
}
