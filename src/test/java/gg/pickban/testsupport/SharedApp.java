package gg.pickban.testsupport;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies the instances ITs share: PostgreSQL + Redis, each booted once per test run (when first
 * asked for) and stopped at its end. A parameter marked {@link SecondInstance} gets a second process
 * on the same database and Redis. Tests arrange their own data and never depend on each other's.
 */
public class SharedApp implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedApp.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == AppProcess.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return once(context, parameter.isAnnotated(SecondInstance.class) ? "shared-b" : "shared", TestServices.productionEnv());
    }

    /** The instance called {@code name}: booted with {@code env} when first asked for in this test run, stopped at its end. */
    static AppProcess once(ExtensionContext context, String name, Map<String, String> env) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(name, key -> AppProcess.start(name, env), AppProcess.class);
    }
}
