package gg.pickban.testsupport;

import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Supplies the instance the embedded-default ITs share: nothing configured but the test endpoints, so
 * Payara's H2 (a file in the instance's own directory) and the in-process stand-ins for Redis. Booted
 * once per test run when first asked for and stopped at its end; tests arrange their own data.
 */
public class EmbeddedApp implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == AppProcess.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return SharedApp.once(context, "embedded-shared", Map.of("PICKBAN_TEST_ENDPOINTS_ENABLED", "true"));
    }
}
