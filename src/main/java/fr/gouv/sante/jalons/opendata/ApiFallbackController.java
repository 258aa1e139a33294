package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Any other address under /api or /opendata is a 404 problem, like an unknown objective. */
@Hidden
@RestController
class ApiFallbackController {

    // same media types as the real endpoints, so that content negotiation still answers 406 where due
    @RequestMapping(
            path = {"/api/**", "/opendata/**"},
            produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE, "text/csv"})
    void unknown(HttpServletRequest request) {
        throw new NotFoundException("resource", request.getRequestURI());
    }
}
