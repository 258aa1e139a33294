package fr.gouv.sante.jalons.web;

import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Gives every error an incident number, shown to the user and logged with the cause, so that a
 * report ("incident 3f2a9c1e") leads straight to the log line. The stack trace never reaches the page.
 */
@Component
class IncidentErrorAttributes extends DefaultErrorAttributes {

    private static final Logger LOG = LoggerFactory.getLogger(IncidentErrorAttributes.class);

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(request, options);
        String incident = UUID.randomUUID().toString().substring(0, 8);
        attributes.put("incident", incident);
        Object status = attributes.get("status");
        if (status instanceof Integer code && code >= 500) {
            LOG.error("Incident {} on {}", incident, attributes.get("path"), getError(request));
        }
        return attributes;
    }
}
