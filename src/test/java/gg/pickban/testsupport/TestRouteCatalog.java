package gg.pickban.testsupport;

import gg.pickban.platform.boundary.TestEndpoint;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Every JAX-RS route of the application's classes, read from their annotations (so a new resource is
 * covered without touching the tests), each with its method and a concrete path: templates filled
 * with {@code 1}.
 */
public final class TestRouteCatalog {

    private static final Map<Class<? extends Annotation>, String> VERBS = Map.of(GET.class, "GET", POST.class, "POST",
            PUT.class, "PUT", PATCH.class, "PATCH", DELETE.class, "DELETE");

    private TestRouteCatalog() {
    }

    public record Route(String method, String path, Class<?> resource) {
    }

    public static List<Class<?>> resourceClasses() {
        java.nio.file.Path root = java.nio.file.Path.of("target", "classes");
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class")).map(f -> root.relativize(f).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .filter(name -> !name.contains("$")).map(TestRouteCatalog::load)
                    .filter(type -> type.isAnnotationPresent(Path.class)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The routes of the resources marked {@link TestEndpoint}. */
    public static List<Route> testRoutes() {
        return routes().stream().filter(route -> route.resource().isAnnotationPresent(TestEndpoint.class)).toList();
    }

    public static List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            String base = "/api/" + type.getAnnotation(Path.class).value();
            for (Method method : type.getMethods()) {
                String sub = method.isAnnotationPresent(Path.class) ? "/" + method.getAnnotation(Path.class).value() : "";
                VERBS.forEach((annotation, verb) -> {
                    if (method.isAnnotationPresent(annotation)) {
                        routes.add(new Route(verb, concrete(base + sub), type));
                    }
                });
            }
        }
        return routes;
    }

    private static String concrete(String template) {
        String path = template.replaceAll("\\{[^}]*}", "1").replaceAll("/+", "/");
        return path.endsWith("/") ? path : path + "/";
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, TestRouteCatalog.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
