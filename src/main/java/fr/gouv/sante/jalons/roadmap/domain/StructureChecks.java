package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.roadmap.StructureChange;
import fr.gouv.sante.jalons.roadmap.StructureRejected;
import fr.gouv.sante.jalons.roadmap.StructureWriting;
import fr.gouv.sante.jalons.shared.Deadline;
import fr.gouv.sante.jalons.shared.TextRules;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** An objective's structure as typed, cleaned and checked against the reference organisations. */
@Component
class StructureChecks {

    static final int MAX_TITLE_LENGTH = StructureWriting.MAX_TITLE_LENGTH;
    static final int MAX_TARGET_LENGTH = StructureWriting.MAX_TARGET_LENGTH;
    static final int MAX_REASON_LENGTH = 2000;

    private final OrganisationQueries organisations;

    StructureChecks(OrganisationQueries organisations) {
        this.organisations = organisations;
    }

    /** The change's fields cleaned and checked against the reference organisations. */
    record Checked(
            String title,
            String target,
            Deadline deadline,
            List<String> owners,
            String pilot,
            Map<String, Long> organisationIds) {}

    /** Every field's problem at once, so that the form shows them all; nothing is read from the objective. */
    Checked check(StructureChange change) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, List<Object>> arguments = new HashMap<>();
        String title = RoadmapEditingSupport.clean(change.title());
        String target = RoadmapEditingSupport.clean(change.target());
        TextRules.check(title, MAX_TITLE_LENGTH)
                .ifPresent(problem -> errors.put("title", problem.key("structure.title")));
        TextRules.check(target, MAX_TARGET_LENGTH)
                .ifPresent(problem -> errors.put("target", problem.key("structure.target")));
        // Deadline.parse keeps to 2000-2100: null is what it could not read
        Deadline deadline = change.deadline();
        if (deadline == null) {
            errors.put("deadline", "structure.deadline.invalid");
        }
        // sigles are typed by hand: "dns" names the DNS, and the form keeps the reference spelling
        Map<String, OrganisationSummary> byAcronym = organisations.all().stream()
                .collect(Collectors.toMap(o -> o.acronym().toUpperCase(Locale.ROOT), o -> o));
        List<String> owners = checkOwners(change.ownerAcronyms(), byAcronym, errors, arguments);
        String pilot = RoadmapEditingSupport.clean(change.pilot());
        if (!pilot.isEmpty() && !owners.contains(pilot)) {
            errors.put("pilot", "structure.pilot.not-owner");
        }
        String reason = RoadmapEditingSupport.clean(change.reason());
        if (TextRules.hasForbiddenCharacters(reason) || reason.length() > MAX_REASON_LENGTH) {
            errors.put("reason", "structure.reason.invalid");
        }
        if (!errors.isEmpty() || deadline == null) {
            throw new StructureRejected(errors, arguments);
        }
        Map<String, Long> organisationIds = byAcronym.values().stream()
                .collect(Collectors.toMap(OrganisationSummary::acronym, OrganisationSummary::id));
        return new Checked(title, target, deadline, owners, pilot, organisationIds);
    }

    /** The owners in their reference spelling; an empty, unknown or repeated one is an error on "owners". */
    private static List<String> checkOwners(
            List<String> acronyms,
            Map<String, OrganisationSummary> byAcronym,
            Map<String, String> errors,
            Map<String, List<Object>> arguments) {
        List<String> typed =
                acronyms.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        List<String> unknown = typed.stream()
                .filter(acronym -> !byAcronym.containsKey(acronym.toUpperCase(Locale.ROOT)))
                .toList();
        List<String> owners = typed.stream()
                .map(acronym -> byAcronym.get(acronym.toUpperCase(Locale.ROOT)))
                .filter(Objects::nonNull)
                .map(OrganisationSummary::acronym)
                .toList();
        if (typed.isEmpty()) {
            errors.put("owners", "structure.owners.required");
        } else if (!unknown.isEmpty()) {
            errors.put("owners", "structure.owners.unknown");
            arguments.put("owners", List.of(String.join(", ", unknown), unknown.size()));
        } else if (new HashSet<>(owners).size() != owners.size()) {
            errors.put("owners", "structure.owners.duplicate");
        }
        return owners;
    }
}
