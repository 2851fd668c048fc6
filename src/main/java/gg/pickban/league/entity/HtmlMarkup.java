package gg.pickban.league.entity;

import java.util.List;
import java.util.Set;
import org.owasp.html.HtmlStreamEventReceiver;

/**
 * Writes the cleaner's events back as HTML the way browsers' serialisers do ({@code <img src="x">},
 * text escaping only {@code & < >}). The library's own renderer writes {@code <img ... />} and
 * escapes quotes, {@code =}, {@code @} and {@code +} in plain text, which would mangle Markdown.
 * Element and attribute names reaching here are the allow-list's, so only values need escaping.
 */
final class HtmlMarkup implements HtmlStreamEventReceiver {

    private static final Set<String> VOID_ELEMENTS = Set.of("area", "br", "col", "hr", "img", "wbr");

    private final StringBuilder out = new StringBuilder();

    @Override
    public void openDocument() {
        // nothing to write: the result is a fragment
    }

    @Override
    public void closeDocument() {
        // nothing to write: the result is a fragment
    }

    @Override
    public void openTag(String elementName, List<String> attributes) {
        out.append('<').append(elementName);
        for (int i = 0; i + 1 < attributes.size(); i += 2) {
            out.append(' ').append(attributes.get(i)).append("=\"");
            escape(attributes.get(i + 1), true);
            out.append('"');
        }
        out.append('>');
    }

    @Override
    public void closeTag(String elementName) {
        if (!VOID_ELEMENTS.contains(elementName)) {
            out.append("</").append(elementName).append('>');
        }
    }

    @Override
    public void text(String text) {
        escape(text, false);
    }

    private void escape(String text, boolean attribute) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                default -> out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
