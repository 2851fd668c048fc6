package gg.pickban.platform.boundary;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Finishes the {@code /openapi} document Payara builds from the resource classes and
 * {@code META-INF/openapi.yaml} (registered through {@code mp.openapi.filter}): the test routes leave
 * unless deployed ({@link TestRoutesDocumentFilter}); paths are written as clients spell them
 * ({@code /api/leagues/{pk}/}); an operation's unannotated success becomes its 200; the error answers
 * every operation can give are added by what it takes (docs/api.md, errors and status codes); and
 * schema properties get the snake_case names JSON-B writes ({@link JsonSettings}).
 */
public class ApiDocumentFilter implements OASFilter {

    /** Properties JSON-B writes under their Java name because the record names them with {@code @JsonbProperty}. */
    static final Map<String, Set<String>> JAVA_NAMED = Map.of("UserMini", Set.of("discordId", "avatarUrl"),
            "UserFull", Set.of("discordId", "avatarUrl"), "BracketView", Set.of("tournamentId"));

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");
    private static final Set<PathItem.HttpMethod> UNSAFE = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    @Override
    public void filterOpenAPI(OpenAPI document) {
        new TestRoutesDocumentFilter().filterOpenAPI(document);
        document.setServers(List.of(OASFactory.createServer().url("/")));
        if (document.getPaths() != null && document.getPaths().getPathItems() != null) {
            document.setPaths(clientSpellings(document.getPaths()));
            document.getPaths().getPathItems().values().forEach(item -> item.getOperations().forEach(ApiDocumentFilter::responses));
        }
        if (document.getComponents() != null && document.getComponents().getSchemas() != null) {
            document.getComponents().getSchemas().forEach((name, schema) -> snakeCase(schema, JAVA_NAMED.getOrDefault(name, Set.of())));
            document.getComponents().addSchema("JsonBody", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                    .description("A JSON object (or form data) whose fields the endpoint reads and validates; the fields "
                            + "and their rules are in docs/rules.md and docs/api.md."));
        }
    }

    /** {@code /api/leagues/{pk: [0-9]+}} becomes {@code /api/leagues/{pk}/}, its parameter an integer. */
    private static Paths clientSpellings(Paths paths) {
        Map<String, PathItem> spelled = new LinkedHashMap<>();
        paths.getPathItems().forEach((template, item) -> {
            Matcher parameters = PARAMETER.matcher(template);
            Set<String> numeric = new HashSet<>();
            StringBuilder path = new StringBuilder();
            while (parameters.find()) {
                if (parameters.group(2) != null && parameters.group(2).contains("[0-9]")) {
                    numeric.add(parameters.group(1).trim());
                }
                parameters.appendReplacement(path, Matcher.quoteReplacement("{" + parameters.group(1).trim() + "}"));
            }
            parameters.appendTail(path);
            if (path.charAt(path.length() - 1) != '/') {
                path.append('/');
            }
            item.getOperations().values().forEach(operation -> integers(operation, numeric));
            spelled.merge(path.toString(), item, ApiDocumentFilter::merged);
        });
        Paths result = OASFactory.createPaths();
        spelled.forEach(result::addPathItem);
        return result;
    }

    private static PathItem merged(PathItem first, PathItem second) {
        second.getOperations().forEach((method, operation) -> {
            if (first.getOperations().get(method) == null) {
                first.setOperation(method, operation);
            }
        });
        return first;
    }

    private static void integers(Operation operation, Set<String> numeric) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.PATH && numeric.contains(parameter.getName())) {
                parameter.setSchema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).minimum(BigDecimal.ZERO));
            }
        }
    }

    private static void responses(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses() : operation.getResponses();
        operation.setResponses(responses);
        APIResponse unannotated = responses.getAPIResponse(APIResponses.DEFAULT);
        if (unannotated != null) {
            responses.removeAPIResponse(APIResponses.DEFAULT);
            if (responses.getAPIResponses() == null || responses.getAPIResponses().keySet().stream().noneMatch(c -> c.startsWith("2"))) {
                responses.addAPIResponse("200", unannotated.description("OK"));
            }
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        if (body || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY)) {
            shared(responses, "400", "BadRequest");
        }
        if (UNSAFE.contains(method)) {
            shared(responses, "403", "Forbidden");
        }
        if (parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            shared(responses, "404", "NotFound");
        }
        shared(responses, "406", "NotAcceptable");
        if (body) {
            shared(responses, "413", "PayloadTooLarge");
            shared(responses, "415", "UnsupportedMediaType");
        }
        shared(responses, "500", "ServerError");
        shared(responses, "503", "ServiceUnavailable");
    }

    private static void shared(APIResponses responses, String code, String name) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().ref("#/components/responses/" + name));
        }
    }

    private static void snakeCase(Schema schema, Set<String> keep) {
        if (schema.getProperties() == null) {
            return;
        }
        Map<String, Schema> renamed = new LinkedHashMap<>();
        schema.getProperties().forEach((name, property) -> renamed.put(keep.contains(name) ? name : snakeCase(name), property));
        schema.setProperties(renamed);
    }

    /** JSON-B's LOWER_CASE_WITH_UNDERSCORES: an underscore before every upper-case letter but a first one. */
    static String snakeCase(String name) {
        StringBuilder snake = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && name.charAt(i - 1) != '_') {
                snake.append('_');
            }
            snake.append(Character.toLowerCase(c));
        }
        return snake.toString();
    }
}
