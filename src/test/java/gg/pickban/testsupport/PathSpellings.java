package gg.pickban.testsupport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The ways one path can be spelled so that a router may still take it for the same route while a
 * naive check of the raw text does not: matrix parameters on any segment, percent-encodings, empty
 * and dot segments, case changes, a trailing {@code ;jsessionid=}, with and without the slash.
 */
public final class PathSpellings {

    private PathSpellings() {
    }

    /** {@code path} is absolute and ends with a slash, e.g. {@code /api/tests/login-admin/}. */
    public static List<String> of(String path) {
        String bare = path.substring(1, path.length() - 1);
        String[] segments = bare.split("/");
        Set<String> spellings = new LinkedHashSet<>();
        spellings.add(path);
        spellings.add(path.substring(0, path.length() - 1));
        for (int i = 0; i < segments.length; i++) {
            spellings.add(join(segments, i, segments[i] + ";x=1"));
            spellings.add(join(segments, i, segments[i] + ";"));
            spellings.add(join(segments, i, segments[i] + "%3Bx%3D1"));
            spellings.add(join(segments, i, "%" + Integer.toHexString(segments[i].charAt(0)) + segments[i].substring(1)));
            spellings.add(join(segments, i, segments[i].toUpperCase(Locale.ROOT)));
            spellings.add(join(segments, i, "." + "/" + segments[i]));
            spellings.add(join(segments, i, "%2E/" + segments[i]));
            spellings.add(join(segments, i, "x/../" + segments[i]));
            spellings.add(join(segments, i, "x/%2E%2E/" + segments[i]));
            spellings.add(join(segments, i, "/" + segments[i]));
            if (i + 1 < segments.length) {
                spellings.add(join(segments, i, segments[i] + "%2F" + segments[i + 1], i + 1));
                spellings.add(join(segments, i, segments[i] + ";a=b%2Fc", -1));
            }
        }
        spellings.add(path + ";jsessionid=0123456789ABCDEF");
        spellings.add(path.substring(0, path.length() - 1) + ";jsessionid=0123456789ABCDEF");
        spellings.add("/" + path);
        spellings.add(path.toUpperCase(Locale.ROOT));
        spellings.add(path + "?x=1");
        spellings.add(path + "%2E/");
        return List.copyOf(spellings);
    }

    private static String join(String[] segments, int replaced, String replacement) {
        return join(segments, replaced, replacement, -1);
    }

    private static String join(String[] segments, int replaced, String replacement, int dropped) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            if (i == dropped) {
                continue;
            }
            parts.add(i == replaced ? replacement : segments[i]);
        }
        return "/" + String.join("/", parts) + "/";
    }
}
