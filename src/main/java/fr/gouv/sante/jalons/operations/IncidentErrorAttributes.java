package fr.gouv.sante.jalons.operations;

import fr.gouv.sante.jalons.shared.DatabaseOutage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * Shows on every error page the request's incident id (the one {@link RequestIncident} put in each
 * log line of the request) and logs the cause of a server error with it, so that a report
 * ("incident 3f2a9c1e") leads straight to the log lines. The stack trace never reaches the page.
 */
@Component
class IncidentErrorAttributes extends DefaultErrorAttributes {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentErrorAttributes.class);

    private final LoggablePaths paths;

    IncidentErrorAttributes(LoggablePaths paths) {
        this.paths = paths;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        // the path is logged below and shown by the error page and the JSON error body: never a link's secret
        attributes.computeIfPresent("path", (key, path) -> paths.of(path.toString()));
        String incident = incident(request);
        attributes.put("incident", incident);
        Throwable error = getError(request);
        // a 503 (outage) was already logged in one line by RequestIncident: no stack trace per request
        boolean outage =
                error == null ? Integer.valueOf(503).equals(attributes.get("status")) : DatabaseOutage.isCause(error);
        if (attributes.get("status") instanceof Integer code && code >= 500 && !outage) {
            LOG.error("Incident {} on {}", incident, attributes.get("path"), error);
        }
        return attributes;
    }

    private static String incident(WebRequest request) {
        if (request instanceof NativeWebRequest nativeRequest) {
            HttpServletRequest servlet = nativeRequest.getNativeRequest(HttpServletRequest.class);
            String id = servlet == null ? null : RequestIncident.of(servlet);
            if (id != null) {
                return id;
            }
        }
        // outside a request that went through the filter (should not happen): still a number to quote
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
