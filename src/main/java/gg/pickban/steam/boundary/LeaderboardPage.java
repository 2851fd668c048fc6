package gg.pickban.steam.boundary;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Page-number pagination (docs/api.md §2, pagination): 1-based {@code page}, {@code page_size} 20 by
 * default and at most 100; absolute {@code next}/{@code previous} links keeping the other query
 * parameters (sorted by name, as DRF writes them).
 */
final class LeaderboardPage {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    private final int number;
    private final int size;

    private LeaderboardPage(int number, int size) {
        this.number = number;
        this.size = size;
    }

    /** Empty when the page number is not a positive integer or lies beyond the last page. */
    static Optional<LeaderboardPage> of(String page, String pageSize, int count) {
        int size = positive(pageSize).map(s -> Math.min(s, MAX_SIZE)).orElse(DEFAULT_SIZE);
        Optional<Integer> number = page == null ? Optional.of(1) : positive(page);
        int last = Math.max(1, (count + size - 1) / size);
        return number.filter(n -> n <= last).map(n -> new LeaderboardPage(n, size));
    }

    <T> PageOf<T> of(List<T> rows, String url, Map<String, List<String>> query) {
        int from = (number - 1) * size;
        List<T> results = rows.subList(Math.min(from, rows.size()), Math.min(from + size, rows.size()));
        String next = from + size < rows.size() ? link(url, query, number + 1) : null;
        String previous = number > 1 ? link(url, query, number - 1) : null;
        return new PageOf<>(rows.size(), next, previous, List.copyOf(results));
    }

    private static String link(String url, Map<String, List<String>> query, int page) {
        Map<String, List<String>> params = new TreeMap<>(query);
        params.put("page", List.of(Integer.toString(page)));
        List<String> pairs = new ArrayList<>();
        params.forEach((name, values) -> values.forEach(value -> pairs.add(encode(name) + "=" + encode(value))));
        return url + "?" + String.join("&", pairs);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Optional<Integer> positive(String text) {
        if (text == null || !text.trim().matches("[0-9]{1,9}")) {
            return Optional.empty();
        }
        int value = Integer.parseInt(text.trim());
        return value > 0 ? Optional.of(value) : Optional.empty();
    }
}
