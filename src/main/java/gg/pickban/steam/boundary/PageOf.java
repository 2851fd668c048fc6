package gg.pickban.steam.boundary;

import java.util.List;

/** The pagination envelope of conventions.md §8. */
public record PageOf<T>(int count, String next, String previous, List<T> results) {
}
