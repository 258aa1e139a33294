package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.BulkValidation;
import fr.gouv.sante.jalons.campaign.CampaignOpening;
import fr.gouv.sante.jalons.campaign.CancellableOpening;
import fr.gouv.sante.jalons.campaign.CorrectionFormView;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The DNS side of the campaign, one facade over the steps that each own a part of it: opening and
 * taking back an opening, the review decisions, publishing and the published corrections.
 * Every step starts by checking that the caller is an administrator.
 */
@Service
class JpaProgressReview implements ProgressReview {

    private final PeriodOpenings openings;
    private final OpeningCancellation cancellation;
    private final ReviewDecisions decisions;
    private final PeriodPublishing publishing;
    private final PublishedCorrections corrections;

    JpaProgressReview(
            PeriodOpenings openings,
            OpeningCancellation cancellation,
            ReviewDecisions decisions,
            PeriodPublishing publishing,
            PublishedCorrections corrections) {
        this.openings = openings;
        this.cancellation = cancellation;
        this.decisions = decisions;
        this.publishing = publishing;
        this.corrections = corrections;
    }

    @Override
    public void openPeriod(CurrentUser admin, @Nullable String periodCode, @Nullable LocalDate dueOn) {
        openings.open(admin, periodCode, dueOn);
    }

    @Override
    public CampaignOpening openingPreview(CurrentUser admin, @Nullable String periodCode, @Nullable LocalDate dueOn) {
        return openings.openingPreview(admin, periodCode, dueOn);
    }

    @Override
    public Optional<CancellableOpening> cancellableOpening(CurrentUser admin) {
        return cancellation.cancellableOpening(admin);
    }

    @Override
    public void cancelOpening(CurrentUser admin, long periodVersion) {
        cancellation.cancelOpening(admin, periodVersion);
    }

    @Override
    public void validate(CurrentUser admin, ObjectiveCode code, long version) {
        decisions.validate(admin, code, version);
    }

    @Override
    public BulkValidation validateSeveral(CurrentUser admin, Map<ObjectiveCode, Long> versions) {
        return decisions.validateSeveral(admin, versions);
    }

    @Override
    public void sendBack(CurrentUser admin, ObjectiveCode code, long version, String comment) {
        decisions.sendBack(admin, code, version, comment);
    }

    @Override
    public int publish(
            CurrentUser admin, long periodVersion, @Nullable Integer expectedReports, @Nullable String synthesis) {
        return publishing.publish(admin, periodVersion, expectedReports, synthesis);
    }

    @Override
    public CorrectionFormView correction(CurrentUser admin, ObjectiveCode code, String periodCode) {
        return corrections.editor(admin, code, periodCode);
    }

    @Override
    public void correct(
            CurrentUser admin,
            ObjectiveCode code,
            String periodCode,
            @Nullable ProgressStatus status,
            @Nullable String typedNarrative,
            @Nullable String typedReason,
            long version) {
        corrections.correct(admin, code, periodCode, status, typedNarrative, typedReason, version);
    }
}
