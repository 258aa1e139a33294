package fr.gouv.sante.jalons.account.web;

import org.springframework.stereotype.Component;

/**
 * The id a form field's error summary links to, used from templates as {@code @formAnchors.of(name)}:
 * {@code measurements[2].value} is the input {@code measurements2.value} (Thymeleaf's own ids),
 * a radio group links to its fieldset.
 */
@Component("formAnchors")
public class FormAnchors {

    public String of(String fieldName) {
        if (fieldName == null) {
            return "#";
        }
        return "#" + fieldName.replace("[", "").replace("]", "") + ("status".equals(fieldName) || "role".equals(fieldName) ? "-fieldset" : "");
    }
}
