package gg.pickban.platform.boundary;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * The {@code /openapi} document lists only routes that are deployed: Payara builds it from the
 * classes in the WAR, so with the test endpoints off (and {@link TestRoutes} leaving them out) their
 * paths are taken out of the document too. Called by {@link ApiDocumentFilter}, the filter {@code mp.openapi.filter} names.
 */
public class TestRoutesDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Paths paths = document.getPaths();
        if (TestRoutes.enabled() || paths == null || paths.getPathItems() == null) {
            return;
        }
        List<String> testPaths = paths.getPathItems().keySet().stream()
                .filter(path -> path.equals("/api/tests") || path.startsWith("/api/tests/")).toList();
        testPaths.forEach(paths::removePathItem);
    }
}
