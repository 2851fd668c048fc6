package gg.pickban.league.entity;

import java.util.Objects;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * User-written HTML or Markdown that has been through the allow-list cleaner (docs/api.md §2, request bodies):
 * script and style go with their content, other unknown elements leave their text behind, event
 * handlers and {@code style} are dropped, and only http, https and mailto URLs (or relative ones)
 * survive. The allow-list is close to jsoup's "relaxed" safelist. Only cleaned text can be stored.
 */
public final class RichText {

    public static final RichText EMPTY = new RichText("");

    private static final PolicyFactory RELAXED = new HtmlPolicyBuilder()
            .allowElements("a", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd", "del", "div",
                    "dl", "dt", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "li", "ol", "p", "pre",
                    "q", "s", "small", "span", "strike", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
                    "thead", "tr", "u", "ul")
            // an anchor whose only URL was refused stays, as <a>x</a>, like the relaxed safelist keeps it
            .allowWithoutAttributes("a", "span")
            .allowAttributes("href", "title").onElements("a")
            .allowAttributes("cite").onElements("blockquote", "q")
            .allowAttributes("span", "width").onElements("col", "colgroup")
            .allowAttributes("align", "alt", "height", "src", "title", "width").onElements("img")
            .allowAttributes("start", "type").onElements("ol")
            .allowAttributes("type").onElements("ul")
            .allowAttributes("summary", "width").onElements("table")
            .allowAttributes("abbr", "axis", "colspan", "rowspan", "width").onElements("td", "th")
            .allowAttributes("scope").onElements("th")
            .allowUrlProtocols("http", "https", "mailto")
            .toFactory();

    private final String html;

    private RichText(String html) {
        this.html = html;
    }

    /** Cleans what a client sent; text without markup comes back as it was, bar escaped {@code & < >}. */
    public static RichText sanitised(String untrusted) {
        if (untrusted.isEmpty()) {
            return EMPTY;
        }
        HtmlMarkup markup = new HtmlMarkup();
        HtmlSanitizer.sanitize(untrusted, RELAXED.apply(markup));
        return new RichText(markup.toString());
    }

    /** What was cleaned before it was stored. */
    static RichText stored(String html) {
        return new RichText(html);
    }

    public String html() {
        return html;
    }

    /** In characters as the contract counts them (code points). */
    public int length() {
        return html.codePointCount(0, html.length());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RichText text && text.html.equals(html);
    }

    @Override
    public int hashCode() {
        return Objects.hash(html);
    }

    @Override
    public String toString() {
        return html;
    }
}
