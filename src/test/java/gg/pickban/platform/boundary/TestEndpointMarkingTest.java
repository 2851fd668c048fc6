package gg.pickban.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gg.pickban.testsupport.TestRouteCatalog;
import jakarta.ws.rs.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every resource under /api/tests is marked, so the gate and the model processor know it. */
class TestEndpointMarkingTest {

    @Test
    void everyResourceUnderTestsIsATestEndpointAndNoOtherIs() {
        List<Class<?>> resources = TestRouteCatalog.resourceClasses();
        assertTrue(resources.size() > 20, "resources found: " + resources.size());
        List<String> wrong = resources.stream()
                .filter(type -> type.getAnnotation(Path.class).value().replaceAll("^/+", "").startsWith("tests")
                        != type.isAnnotationPresent(TestEndpoint.class))
                .map(Class::getName).toList();
        assertEquals(List.of(), wrong);
    }
}
