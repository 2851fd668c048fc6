package gg.pickban.steam.boundary;

import java.util.List;

/** The pagination envelope {@code {count, next, previous, results}} (docs/api.md §2, pagination). */
public record PageOf<T>(int count, String next, String previous, List<T> results) {
}
