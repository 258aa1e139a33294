package fr.gouv.sante.jalons.roadmap;

import fr.gouv.sante.jalons.account.CurrentUser;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The DNS creates roadmaps and moves them between their states: a new one is a draft; a draft or an
 * archived one may become the current one, which archives the previous current one in the same
 * transaction; a draft may be archived. Administrators only; every change is in the audit trail. A
 * refusal is an {@link fr.gouv.sante.jalons.shared.InputRefused} naming each field with a message key
 * ({@code key|argument|...}); nothing is saved.
 */
public interface RoadmapLifecycle {

    /** Field names of a refusal, as the creation form names them. */
    String CODE = "code";

    String SLUG = "slug";
    String TITLE = "title";
    String START_YEAR = "startYear";
    String END_YEAR = "endYear";

    /** Every roadmap, drafts included: the current one first, then by start year, newest first. */
    List<RoadmapEntry> roadmaps(CurrentUser admin);

    /** One roadmap by its slug; {@code NotFoundException} for an unknown one. */
    RoadmapEntry roadmap(CurrentUser admin, String slug);

    /** Creates a draft roadmap; returns its slug. */
    String create(CurrentUser admin, NewRoadmap roadmap);

    /**
     * What moving the roadmap to {@code target} would do, for the confirmation page: the roadmap that
     * would be archived, or why the move is refused. Changes nothing.
     */
    StateChange stateChange(CurrentUser admin, String slug, RoadmapState target);

    /**
     * Moves the roadmap from {@code from} (the state the confirmation page showed) to {@code target}.
     *
     * @throws fr.gouv.sante.jalons.shared.InputRefused the move is not allowed, or the roadmap is no
     *     longer in the state {@code from} (someone moved it meanwhile)
     */
    void changeState(CurrentUser admin, String slug, RoadmapState from, RoadmapState target);

    /** A roadmap with the size of its structure. */
    record RoadmapEntry(
            long id,
            String code,
            String slug,
            String title,
            int startYear,
            int endYear,
            RoadmapState state,
            long axes,
            long priorities,
            long objectives) {

        /** Whether its structure may be imported from a file: a draft or archived roadmap without objectives. */
        public boolean importable() {
            return state != RoadmapState.CURRENT && objectives == 0;
        }
    }

    /** A roadmap as typed in the creation form: text only, so that what cannot be read comes back as typed. */
    record NewRoadmap(
            @Nullable String code,
            @Nullable String slug,
            @Nullable String title,
            @Nullable String startYear,
            @Nullable String endYear) {}

    /**
     * What a move would do.
     *
     * @param archived the roadmap the move would archive (the current one, when another becomes
     *     current); null for none
     * @param refusal the message key saying why the move is not allowed; null when it is
     */
    record StateChange(
            RoadmapEntry roadmap,
            RoadmapState target,
            @Nullable RoadmapEntry archived,
            @Nullable String refusal) {

        public boolean allowed() {
            return refusal == null;
        }
    }
}
