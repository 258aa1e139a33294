package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.StaleVersion.SavedField;
import fr.gouv.sante.jalons.shared.TextRules;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What structure and indicator editing share: finding the objective, its owners, and the 409 page's saved side. */
@Component
class RoadmapEditingSupport {

    private final ObjectiveRepository objectives;
    private final OrganisationQueries organisations;
    private final TransactionTemplate reading;

    RoadmapEditingSupport(
            ObjectiveRepository objectives,
            OrganisationQueries organisations,
            PlatformTransactionManager transactions) {
        this.objectives = objectives;
        this.organisations = organisations;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** An objective of the current roadmap. */
    Objective find(ObjectiveCode code) {
        return objectives
                .findCurrentByCode(code.toString())
                .orElseThrow(() -> new NotFoundException("objective", code.toString()));
    }

    List<String> acronyms(Objective objective) {
        Map<Long, String> byId = organisations.all().stream()
                .collect(Collectors.toMap(OrganisationSummary::id, OrganisationSummary::acronym));
        return objective.getOwners().stream()
                .map(owner -> byId.get(owner.getOrganisationId()))
                .toList();
    }

    /** The acronym of the owner designated as pilot, null for none. */
    @Nullable
    String pilot(Objective objective) {
        Long pilot = objective.getPilotOrganisationId();
        // a pilot is one of the organisations (fk_objective_pilot_owner)
        return pilot == null
                ? null
                : Objects.requireNonNull(organisations.allById().get(pilot)).acronym();
    }

    /** The objective's structure as saved now (read after the stale change rolled back). */
    StaleVersion staleStructure(ObjectiveCode code) {
        return reading.execute(tx -> {
            Objective objective = find(code);
            return new StaleVersion(
                    List.of(
                            SavedField.text("stale.saved.title", objective.getTitle()),
                            SavedField.text("stale.saved.target", objective.getTarget()),
                            SavedField.text(
                                    "stale.saved.deadline",
                                    fr.gouv.sante.jalons.shared.FrenchFormat.deadline(objective.deadline())),
                            SavedField.text("stale.saved.owners", String.join(", ", acronyms(objective))),
                            pilot(objective) == null
                                    ? SavedField.message("stale.saved.pilot", "structure.pilot.none")
                                    : SavedField.text("stale.saved.pilot", pilot(objective))),
                    null,
                    null);
        });
    }

    /** The objective's indicators and targets as saved now. */
    StaleVersion staleIndicators(ObjectiveCode code) {
        return reading.execute(tx -> {
            Objective objective = find(code);
            return new StaleVersion(
                    List.of(
                            SavedField.text(
                                    "stale.saved.indicators",
                                    objective.getIndicators().stream()
                                            .map(i -> i.getName() + " (" + i.getUnit() + ")")
                                            .collect(Collectors.joining(" ; "))),
                            SavedField.text(
                                    "stale.saved.targets",
                                    objective.getTargets().stream()
                                            .map(t -> fr.gouv.sante.jalons.shared.FrenchFormat.deadline(t.getDue())
                                                    + " : " + t.getDescription())
                                            .collect(Collectors.joining(" ; ")))),
                    null,
                    null);
        });
    }

    /** Whether the database refused the change because of this named constraint. */
    static boolean violates(Throwable error, String constraint) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (String.valueOf(cause.getMessage()).contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    /** Stored without surrounding blanks and with \n line breaks only (browsers send \r\n). */
    static String clean(@Nullable String text) {
        return text == null ? "" : TextRules.normalise(text);
    }
}
