package fr.gouv.sante.jalons.dashboard;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.publication.PublicationPreview;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import org.springframework.stereotype.Service;

/**
 * An objective's public page as the publication the DNS is about to confirm would leave it. The
 * models are read inside the preview's rolled-back writes and past the public caches, so that a
 * visitor never gets a page that is not published and the preview never shows a stale one.
 */
@Service
public class ObjectivePreview {

    private final PublicationPreview preview;
    private final DashboardReader reader;

    ObjectivePreview(PublicationPreview preview, DashboardReader reader) {
        this.preview = preview;
        this.reader = reader;
    }

    /**
     * Renders, with {@code page}, the public models of an objective this publication changes.
     *
     * @throws NotFoundException when the objective does not exist or this publication leaves it as
     *                           it is (its public page already says what it will say)
     * @throws fr.gouv.sante.jalons.shared.InputRefused when there is nothing to publish
     */
    public <T> T asIfPublished(CurrentUser admin, String code, Page<T> page) {
        ObjectiveCode objective = ObjectiveCode.fromPath(code);
        if (!preview.objectivesToPublish(admin).contains(objective.toString())) {
            throw new NotFoundException("objective", code);
        }
        return preview.asIfPublished(admin, null, (period, publication, at) -> {
            DashboardSnapshot snapshot = reader.readSnapshot();
            PublicObjectiveDetails details =
                    reader.readObjective(objective).orElseThrow(() -> new NotFoundException("objective", code));
            return page.render(snapshot, details);
        });
    }

    /** Builds what is shown from the public models read during the preview. */
    @FunctionalInterface
    public interface Page<T> {

        T render(DashboardSnapshot snapshot, PublicObjectiveDetails details);
    }
}
