package gg.pickban.admin.boundary;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Answers of the staff site written before Faces runs: refusal pages and the redirect of an Ajax request. */
final class StaffPages {

    static final String HOME = "/admin/index.xhtml";

    private StaffPages() {
    }

    static void refusal(HttpServletResponse response, int status, String title, String text) throws IOException {
        String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + " · Pickban admin</title><style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;"
                + "padding:0 1rem;color:#334155}h1{font-size:1.5rem}a{color:#2563eb}</style></head><body><h1>" + escape(title)
                + "</h1><p>" + escape(text) + "</p><p><a href=\"/\">Back to the site</a> · <a href=\"/logout/\">Log out</a></p>"
                + "</body></html>";
        write(response, status, "text/html;charset=UTF-8", page);
    }

    /** What Faces' Ajax script understands as "go to this page". */
    static void ajaxRedirect(HttpServletResponse response, String location) throws IOException {
        write(response, 200, "text/xml;charset=UTF-8", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                + "<redirect url=\"" + escape(location) + "\"></redirect></partial-response>");
    }

    private static void write(HttpServletResponse response, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
