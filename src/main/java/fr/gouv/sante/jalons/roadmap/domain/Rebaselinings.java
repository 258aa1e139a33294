package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.Deadline;
import java.time.Clock;
import org.springframework.stereotype.Component;

/** A new target or deadline is a public re-baselining: what it was, what it becomes, who and why. */
@Component
class Rebaselinings {

    private final ObjectiveBaselineRepository baselines;
    private final Clock clock;

    Rebaselinings(ObjectiveBaselineRepository baselines, Clock clock) {
        this.baselines = baselines;
        this.clock = clock;
    }

    /** Records the objective's target and deadline before they change to {@code target} and {@code deadline}. */
    void record(Objective objective, CurrentUser admin, String reason, String target, Deadline deadline) {
        baselines.save(new ObjectiveBaseline(
                objective.getId(),
                clock.instant(),
                admin.id(),
                reason,
                objective.getTarget(),
                objective.deadline(),
                target,
                deadline));
    }
}
