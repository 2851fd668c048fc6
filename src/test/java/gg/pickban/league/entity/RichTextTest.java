package gg.pickban.league.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The allow-list cleaning of rich text (docs/api.md §2, request bodies), three worked examples first. */
class RichTextTest {

    private static String clean(String html) {
        return RichText.sanitised(html).html();
    }

    @Test
    void theContractsExamples() {
        assertEquals("Safe text", clean("<script>alert(1)</script>Safe text"));
        assertEquals("<img src=\"x\">", clean("<img src=x onerror=alert(1)>"));
        assertEquals("<a>x</a>", clean("<a href=\"javascript:alert(1)\">x</a>"));
    }

    @Test
    void scriptAndStyleGoWithTheirContent() {
        assertEquals("before after", clean("before <style>p { color: red }</style>after"));
        assertEquals("", clean("<SCRIPT type=\"text/javascript\">document.cookie</SCRIPT>"));
    }

    @Test
    void otherDisallowedElementsLeaveTheirText() {
        assertEquals("click me", clean("<button onclick=\"x()\">click me</button>"));
        assertEquals("<p>inside a form</p>", clean("<form action=\"/steal\"><p>inside a form</p></form>"));
        assertEquals("framed", clean("<marquee>framed</marquee>"));
    }

    @Test
    void eventHandlersAndStyleAttributesAreDropped() {
        assertEquals("<p>hi</p>", clean("<p style=\"position:fixed\" onmouseover=\"steal()\">hi</p>"));
        assertEquals("<b>bold</b>", clean("<b ONCLICK=\"x\">bold</b>"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<a href=\"https://dota2.com/x?a=1&amp;b=2\">ok</a> | <a href=\"https://dota2.com/x?a=1&amp;b=2\">ok</a>",
        "<a href=\"http://example.org\" title=\"t\">ok</a>  | <a href=\"http://example.org\" title=\"t\">ok</a>",
        "<a href=\"mailto:admin@example.org\">mail</a>      | <a href=\"mailto:admin@example.org\">mail</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>               | <a>x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>                | <a>x</a>",
        "<a href=\"data:text/html,hi\">x</a>                 | <a>x</a>",
        "<img src=\"javascript:alert(1)\">                   | ''",
        "<img src=\"https://cdn.example.org/a.png\" alt=\"a\"> | <img src=\"https://cdn.example.org/a.png\" alt=\"a\">",
    })
    void onlyHttpHttpsAndMailtoUrlsSurvive(String html, String expected) {
        assertEquals(expected, clean(html));
    }

    @Test
    void theRelaxedAllowListKeepsCommonMarkup() {
        String markup = "<h2>Rules</h2><p><strong>Be</strong> <em>nice</em>, <u>always</u>.</p>"
                + "<ul><li>one</li></ul><ol start=\"3\"><li>three</li></ol>"
                + "<table><thead><tr><th colspan=\"2\">Head</th></tr></thead><tbody><tr><td>a</td><td>b</td></tr></tbody></table>"
                + "<blockquote>quoted</blockquote><pre><code>x &lt; y</code></pre><hr><br>";
        assertEquals(markup, clean(markup));
    }

    @Test
    void plainTextAndMarkdownPassThroughWithOnlyHtmlSpecialsEscaped() {
        assertEquals("# Title\n\n**bold** = 'fine' \"quoted\" @user +1 `code` [link](https://x.org)",
                clean("# Title\n\n**bold** = 'fine' \"quoted\" @user +1 `code` [link](https://x.org)"));
        assertEquals("&gt; a quote &amp; 2 &lt; 3", clean("> a quote & 2 < 3"));
    }

    @Test
    void unclosedMarkupIsBalanced() {
        assertEquals("<p>open <b>bold</b></p>", clean("<p>open <b>bold"));
    }

    @Test
    void cleaningTwiceChangesNothing() {
        String once = clean("<p onclick=x>a &amp; b</p><script>y</script> > <i>z");
        assertEquals(once, clean(once));
    }

    @Test
    void emptyStaysEmpty() {
        assertEquals("", clean(""));
        assertEquals(0, RichText.sanitised("").length());
    }
}
