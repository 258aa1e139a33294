package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.PublicationPreview;
import org.springframework.stereotype.Service;

@Service
class JpaPublicationPreview implements PublicationPreview {

    private final CampaignPublication publication;

    JpaPublicationPreview(CampaignPublication publication) {
        this.publication = publication;
    }

    @Override
    public <T> T asIfPublished(CurrentUser admin, String synthesis, Reading<T> reading) {
        return publication.asIfPublished(admin, synthesis, reading);
    }
}
