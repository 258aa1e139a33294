package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public, read-only JSON API (v1), served from {@link OpenDataDocuments}: the documents are
 * serialised once by the application's JSON mapper and kept as bytes until the data changes.
 */
@PublicPage
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ObjectiveApiController {

    private final OpenDataCatalogue catalogue;
    private final OpenDataDocuments documents;
    private final JsonMapper json;

    ObjectiveApiController(OpenDataCatalogue catalogue, OpenDataDocuments documents, JsonMapper json) {
        this.catalogue = catalogue;
        this.documents = documents;
        this.json = json;
    }

    @GetMapping("/objectives")
    ResponseEntity<byte[]> objectives(HttpServletRequest request) {
        return serve("objectives", catalogue::objectives, request);
    }

    @GetMapping("/objectives/{code}")
    ResponseEntity<byte[]> objective(@PathVariable String code, HttpServletRequest request) {
        // parsed first: a malformed code is a 400 and never a cache key
        ObjectiveCode objective = ObjectiveCode.parse(code);
        return serve("objectives/" + objective, () -> catalogue.objective(objective), request);
    }

    @GetMapping("/axes")
    ResponseEntity<byte[]> axes(HttpServletRequest request) {
        return serve("axes", catalogue::axes, request);
    }

    @GetMapping("/organisations")
    ResponseEntity<byte[]> organisations(HttpServletRequest request) {
        return serve("organisations", catalogue::organisations, request);
    }

    private ResponseEntity<byte[]> serve(String key, Supplier<Object> document, HttpServletRequest request) {
        return documents.serve(
                "api/v1/" + key,
                MediaType.APPLICATION_JSON,
                () -> json.writeValueAsBytes(document.get()),
                request,
                HttpHeaders.EMPTY);
    }
}
