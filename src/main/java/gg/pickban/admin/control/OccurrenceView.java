package gg.pickban.admin.control;

import java.io.Serializable;
import java.util.List;

/** One posting with who answered what, in the order they answered. */
public record OccurrenceView(OccurrenceRow occurrence, List<String> yes, List<String> maybe, List<String> no)
        implements Serializable {
}
