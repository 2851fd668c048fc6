package gg.pickban.platform.boundary;

import gg.pickban.testsupport.AppProcess;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The API's routes as Jersey lists them in its WADL, so a sweep over them covers routes added later. */
final class ApiRoutes {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

    private ApiRoutes() {
    }

    /**
     * Method and path template of every route that may take a body. DELETE is left out: no DELETE of
     * the contract takes one, and the HTTP listener itself refuses a DELETE that carries one.
     */
    static List<String[]> writes(AppProcess app) throws Exception {
        String wadl = app.api().get("/api/application.wadl").body();
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(wadl.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        List<String[]> routes = new ArrayList<>();
        for (Element resources : children(root, "resources")) {
            collect(resources, "/api", routes);
        }
        return routes;
    }

    private static void collect(Element parent, String prefix, List<String[]> routes) {
        for (Element resource : children(parent, "resource")) {
            String path = prefix.replaceAll("/+$", "") + "/" + resource.getAttribute("path").replaceAll("^/+|/+$", "");
            for (Element method : children(resource, "method")) {
                if (WRITES.contains(method.getAttribute("name"))) {
                    routes.add(new String[] {method.getAttribute("name"), path});
                }
            }
            collect(resource, path, routes);
        }
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName() != null ? element.getLocalName() : element.getTagName())) {
                found.add(element);
            }
        }
        return found;
    }
}
