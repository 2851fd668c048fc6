package gg.pickban.testsupport;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies the instance most ITs share: PostgreSQL + Redis, booted once per test run and stopped at
 * its end. Tests arrange their own data and never depend on each other's.
 */
public class SharedApp implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedApp.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == AppProcess.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("shared",
                key -> AppProcess.start("shared", TestServices.productionEnv()), AppProcess.class);
    }
}
