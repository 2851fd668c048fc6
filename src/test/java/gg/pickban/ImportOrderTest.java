package gg.pickban;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Java source keeps the project's import order, the one its sorter writes: static imports first,
 * one blank line, then the others, each group in plain ASCII order of the lines, no duplicates. An
 * import of a nested type may stand just before or just after its outer type's (the sorter puts
 * {@code a.B.C;} first, since '.' sorts before ';'; older files have it the other way round).
 */
class ImportOrderTest {

    private static final Pattern IMPORT = Pattern.compile("import (static )?[\\w.]+(\\.\\*)?;");

    @Test
    void everySourceFileKeepsTheImportOrder() throws IOException {
        List<String> unsorted = new ArrayList<>();
        for (String root : List.of("src/main/java", "src/test/java", "bench")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String problem = problem(Files.readAllLines(file));
                    if (problem != null) {
                        unsorted.add(file + ": " + problem);
                    }
                }
            }
        }
        assertEquals(List.of(), unsorted, "sort them with the project's import sorter");
    }

    @Test
    void theRuleCatchesDrift() {
        assertEquals(null, problem(List.of("package a;", "", "import static x.Y.z;", "", "import a.B;", "import a.b.C;", "")));
        assertEquals(null, problem(List.of("import a.B.Inner;", "import a.B;", "import a.C;")), "nested type first");
        assertEquals(null, problem(List.of("import a.B;", "import a.B.Inner;", "import a.C;")), "nested type after");
        assertEquals("import a.C; before import a.B;", problem(List.of("import a.C;", "import a.B;")));
        assertEquals("import a.B; before import a.B;", problem(List.of("import a.B;", "import a.B;")));
        assertEquals("static import after the others: import static x.Y.z;",
                problem(List.of("import a.B;", "import static x.Y.z;")));
        assertEquals("no blank line between static and other imports", problem(List.of("import static x.Y.z;", "import a.B;")));
        assertEquals("a blank line other than the one between static and other imports",
                problem(List.of("import a.B;", "", "import a.C;")));
    }

    /** What is wrong with the file's import block, or null. */
    static String problem(List<String> lines) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (IMPORT.matcher(lines.get(i)).matches()) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 0) {
            return null;
        }
        List<String> block = lines.subList(first, last + 1);
        boolean seenOthers = false;
        String previous = null;
        for (int i = 0; i < block.size(); i++) {
            String line = block.get(i);
            if (line.isBlank()) {
                boolean between = previous != null && previous.startsWith("import static ") && i + 1 < block.size()
                        && !block.get(i + 1).startsWith("import static ") && !block.get(i + 1).isBlank();
                if (!between) {
                    return "a blank line other than the one between static and other imports";
                }
                continue;
            }
            if (!line.startsWith("import ")) {
                return null; // code between imports: the sorter leaves such a file alone
            }
            boolean isStatic = line.startsWith("import static ");
            if (isStatic && seenOthers) {
                return "static import after the others: " + line;
            }
            if (previous != null && previous.startsWith("import static ") != isStatic && !block.get(i - 1).isBlank()) {
                return "no blank line between static and other imports";
            }
            if (previous != null && previous.startsWith("import static ") == isStatic && !inOrder(previous, line)) {
                return previous + " before " + line;
            }
            seenOthers |= !isStatic;
            previous = line;
        }
        return null;
    }

    private static boolean inOrder(String previous, String line) {
        return previous.compareTo(line) < 0 || line.startsWith(previous.substring(0, previous.length() - 1) + ".");
    }
}
