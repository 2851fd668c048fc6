package gg.pickban.platform.boundary;

import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.glassfish.jersey.server.model.ModelProcessor;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;
import org.glassfish.jersey.server.model.ResourceModel;

/**
 * Takes every {@link TestEndpoint} resource method out of the deployed resource model unless
 * {@code pickban.test-endpoints.enabled} is on. A route that is not in the model cannot be reached
 * by any spelling of its path (matrix parameters, encodings, dot segments): Jersey answers 404 as
 * for any unknown path. Jersey's model processor is the one place that sees the routes that will
 * actually run; Payara bundles Jersey on Micro and Server alike.
 */
@Provider
public class TestRoutes implements ModelProcessor {

    private static final Logger LOG = Logger.getLogger(TestRoutes.class.getName());

    @Override
    public ResourceModel processResourceModel(ResourceModel model, Configuration configuration) {
        if (enabled()) {
            return model;
        }
        ResourceModel.Builder kept = new ResourceModel.Builder(false);
        int removed = 0;
        for (Resource resource : model.getRootResources()) {
            Optional<Resource> production = withoutTestMethods(resource);
            production.ifPresent(kept::addResource);
            removed += countTestMethods(resource);
        }
        LOG.info("Test endpoints off: " + removed + " test-only resource methods not deployed");
        return kept.build();
    }

    @Override
    public ResourceModel processSubResource(ResourceModel model, Configuration configuration) {
        return model;
    }

    static boolean enabled() {
        return ConfigProvider.getConfig(TestRoutes.class.getClassLoader())
                .getOptionalValue("pickban.test-endpoints.enabled", Boolean.class).orElse(false);
    }

    /** The resource with its test-only methods and children left out; empty when nothing else is left. */
    private static Optional<Resource> withoutTestMethods(Resource resource) {
        if (countTestMethods(resource) == 0) {
            return Optional.of(resource);
        }
        Resource.Builder builder = Resource.builder(resource.getPath());
        boolean any = false;
        for (ResourceMethod method : methodsOf(resource)) {
            if (!isTestMethod(method)) {
                builder.addMethod(method);
                any = true;
            }
        }
        for (Resource child : resource.getChildResources()) {
            Optional<Resource> kept = withoutTestMethods(child);
            if (kept.isPresent()) {
                builder.addChildResource(kept.get());
                any = true;
            }
        }
        return any ? Optional.of(builder.build()) : Optional.empty();
    }

    private static int countTestMethods(Resource resource) {
        int count = (int) methodsOf(resource).stream().filter(TestRoutes::isTestMethod).count();
        for (Resource child : resource.getChildResources()) {
            count += countTestMethods(child);
        }
        return count;
    }

    private static List<ResourceMethod> methodsOf(Resource resource) {
        return resource.getAllMethods();
    }

    static boolean isTestMethod(ResourceMethod method) {
        Class<?> handler = method.getInvocable().getHandler().getHandlerClass();
        return handler.isAnnotationPresent(TestEndpoint.class)
                || method.getInvocable().getDefinitionMethod().isAnnotationPresent(TestEndpoint.class);
    }
}
