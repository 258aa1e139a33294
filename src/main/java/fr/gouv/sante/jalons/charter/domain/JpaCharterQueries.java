package fr.gouv.sante.jalons.charter.domain;

import fr.gouv.sante.jalons.charter.CharterDocument;
import fr.gouv.sante.jalons.charter.CharterQueries;
import fr.gouv.sante.jalons.charter.CharterVersion;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads the charter from its cached read model. */
@Service
class JpaCharterQueries implements CharterQueries {

    private final CharterReadModels models;

    JpaCharterQueries(CharterReadModels models) {
        this.models = models;
    }

    @Override
    public CharterDocument current() {
        return models.readModel().document();
    }

    @Override
    public List<CharterVersion> versions() {
        return models.readModel().versions();
    }

    @Override
    public List<LinkedCommitment> commitmentsLinkedTo(String objectiveCode) {
        return models.linksByObjective().getOrDefault(objectiveCode, List.of());
    }
}
