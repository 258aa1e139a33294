package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.publication.PublicationPreview;
import java.util.List;
import org.springframework.stereotype.Service;

@Service
class JpaPublicationPreview implements PublicationPreview {

    private final PeriodPublishing publication;
    private final ProgressReview review;

    JpaPublicationPreview(PeriodPublishing publication, ProgressReview review) {
        this.publication = publication;
        this.review = review;
    }

    @Override
    public List<String> objectivesToPublish(CurrentUser admin) {
        return review.publicationSummary(admin).toPublish();
    }

    @Override
    public <T> T asIfPublished(CurrentUser admin, String synthesis, Reading<T> reading) {
        return publication.asIfPublished(admin, synthesis, reading);
    }
}
