package gg.pickban.herodraft.entity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The 127 hero ids a draft may ban or pick (docs/rules.md §5.4, docs/decisions.md D31), in ascending order. */
public final class HeroPool {

    public static final List<Integer> HEROES = Stream.of(
            IntStream.rangeClosed(1, 23).boxed(),
            IntStream.rangeClosed(25, 114).boxed(),
            Stream.of(119, 120, 121, 123, 126, 128, 129, 131, 135, 136, 137, 138, 145, 155))
            .flatMap(s -> s).toList();

    private static final Set<Integer> IDS = Set.copyOf(HEROES);

    private HeroPool() {
    }

    public static boolean contains(long heroId) {
        return heroId >= Integer.MIN_VALUE && heroId <= Integer.MAX_VALUE && IDS.contains((int) heroId);
    }

    /** The pool in ascending order minus the given heroes. */
    public static List<Integer> without(Collection<Integer> used) {
        Set<Integer> taken = Set.copyOf(used);
        return HEROES.stream().filter(h -> !taken.contains(h)).toList();
    }
}
