package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.StatusConfirmation;
import java.util.List;
import org.springframework.stereotype.Service;

/** The inferred statuses to confirm, and the DNS's decisions on them. */
@Service
class JpaStatusConfirmation implements StatusConfirmation {

    private final InferredStatuses inferred;
    private final StatusDecisions decisions;

    JpaStatusConfirmation(InferredStatuses inferred, StatusDecisions decisions) {
        this.inferred = inferred;
        this.decisions = decisions;
    }

    @Override
    public List<InferredStatus> inferredStatuses(CurrentUser admin) {
        return inferred.inferredStatuses(admin);
    }

    @Override
    public int decide(CurrentUser admin, List<Decision> decisions) {
        return this.decisions.decide(admin, decisions);
    }
}
