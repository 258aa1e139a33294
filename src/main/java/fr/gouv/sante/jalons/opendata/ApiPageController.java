package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.shared.web.PublicPage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's readable page: the OpenAPI document itself, laid out in the site's look, so that the page
 * cannot list an operation the document does not describe, nor the reverse.
 */
@PublicPage
@Controller
class ApiPageController {

    static final String DOCUMENT = "/api/v1/openapi.json";

    /**
     * An operation as the page shows it: its parameters as "name (in)", its answers' codes, and whether
     * it needs a token ({@code bearer}).
     */
    record OperationView(
            String method,
            String path,
            String summary,
            List<String> parameters,
            List<String> answers,
            boolean bearer) {}

    record TagView(String name, String description, List<OperationView> operations) {}

    private final OpenApiWebMvcResource openApi;
    private final JsonMapper json;

    ApiPageController(OpenApiWebMvcResource openApi, JsonMapper json) {
        this.openApi = openApi;
        this.json = json;
    }

    @GetMapping("/api")
    String api(HttpServletRequest request, Model model) throws Exception {
        JsonNode document = json.readTree(openApi.openapiJson(request, DOCUMENT, Locale.FRANCE));
        Map<String, TagView> tags = new LinkedHashMap<>();
        document.path("tags")
                .forEach(tag -> tags.put(
                        tag.get("name").asString(),
                        new TagView(
                                tag.get("name").asString(),
                                tag.path("description").asString(""),
                                new ArrayList<>())));
        document.get("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    String tag = operation.getValue().path("tags").path(0).asString("");
                    tags.computeIfAbsent(tag, name -> new TagView(name, "", new ArrayList<>()))
                            .operations()
                            .add(view(path.getKey(), operation.getKey(), operation.getValue(), document));
                }));
        model.addAttribute("info", document.get("info").get("description").asString());
        model.addAttribute("document", DOCUMENT);
        model.addAttribute(
                "tags",
                tags.values().stream()
                        .filter(tag -> !tag.operations().isEmpty())
                        .toList());
        return "opendata/api";
    }

    private static OperationView view(String path, String method, JsonNode operation, JsonNode document) {
        List<String> parameters = new ArrayList<>();
        operation
                .path("parameters")
                .forEach(parameter -> parameters.add(parameter.get("name").asString() + " ("
                        + parameter.get("in").asString() + ")"));
        List<String> answers = new ArrayList<>();
        operation
                .path("responses")
                .properties()
                .forEach(answer -> answers.add(answer.getKey() + " "
                        + resolved(answer.getValue(), document)
                                .path("description")
                                .asString("")));
        return new OperationView(
                method.toUpperCase(Locale.ROOT),
                path,
                operation.path("summary").asString(""),
                parameters,
                answers,
                !operation.path("security").isEmpty());
    }

    /** An answer written once in the document's components and referred to ({@code $ref}) by the operations. */
    private static JsonNode resolved(JsonNode answer, JsonNode document) {
        String reference = answer.path("$ref").asString("");
        return reference.startsWith("#/components/responses/")
                ? document.path("components")
                        .path("responses")
                        .path(reference.substring(reference.lastIndexOf('/') + 1))
                : answer;
    }
}
