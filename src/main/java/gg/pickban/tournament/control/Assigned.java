package gg.pickban.tournament.control;

/**
 * A value a request sets, possibly to null. A {@code null} Assigned means the request leaves the
 * field alone, which a bare nullable value could not tell apart from "set to null".
 */
public record Assigned<T>(T value) {

    public static <T> Assigned<T> to(T value) {
        return new Assigned<>(value);
    }
}
