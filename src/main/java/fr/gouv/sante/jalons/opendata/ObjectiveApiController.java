package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.opendata.OpenDataResources.AxisResource;
import fr.gouv.sante.jalons.opendata.OpenDataResources.ObjectiveDetailResource;
import fr.gouv.sante.jalons.opendata.OpenDataResources.ObjectiveResource;
import fr.gouv.sante.jalons.opendata.OpenDataResources.OrganisationResource;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public, read-only JSON API (v1). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
class ObjectiveApiController {

    private final OpenDataCatalogue catalogue;

    ObjectiveApiController(OpenDataCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/objectives")
    List<ObjectiveResource> objectives() {
        return catalogue.objectives();
    }

    @GetMapping("/objectives/{code}")
    ObjectiveDetailResource objective(@PathVariable String code) {
        return catalogue.objective(ObjectiveCode.parse(code));
    }

    @GetMapping("/axes")
    List<AxisResource> axes() {
        return catalogue.axes();
    }

    @GetMapping("/organisations")
    List<OrganisationResource> organisations() {
        return catalogue.organisations();
    }
}
