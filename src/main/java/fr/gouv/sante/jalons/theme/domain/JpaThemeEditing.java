package fr.gouv.sante.jalons.theme.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.StaleVersion.SavedField;
import fr.gouv.sante.jalons.theme.ThemeAssignment;
import fr.gouv.sante.jalons.theme.ThemeEditing;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A theme's objectives. A change is audited, and tells every node (PostgreSQL NOTIFY, sent in the
 * change's transaction) that the public lists of the theme have changed.
 */
@Service
class JpaThemeEditing implements ThemeEditing {

    private final ThemeRepository themes;
    private final RoadmapQueries roadmap;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final TransactionTemplate reading;

    JpaThemeEditing(
            ThemeRepository themes,
            RoadmapQueries roadmap,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.themes = themes;
        this.roadmap = roadmap;
        this.policy = policy;
        this.events = events;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public ThemeAssignment assignment(CurrentUser admin, String slug) {
        policy.requireAdmin(admin);
        return reading.execute(tx -> {
            Theme theme = find(slug);
            return new ThemeAssignment(theme.getSlug(), theme.getTitle(), theme.objectiveIds(), theme.getVersion());
        });
    }

    @Override
    public boolean assign(CurrentUser admin, String slug, Collection<Long> objectiveIds, long version) {
        policy.requireAdmin(admin);
        Map<Long, String> codes =
                roadmap.objectives().stream().collect(Collectors.toMap(ObjectiveSummary::id, ObjectiveSummary::code));
        if (!codes.keySet().containsAll(objectiveIds)) {
            throw new InputRefused(Map.of("objectives", "theme.objectives.unknown"));
        }
        try {
            Boolean changed = transaction.execute(tx -> {
                Theme theme = find(slug);
                StaleVersion.check(version, theme.getVersion());
                List<String> before = codesOf(theme.objectiveIds(), codes);
                if (!theme.assign(objectiveIds)) {
                    return false;
                }
                // the version moves with the objectives, so that a form opened before is always caught
                entityManager.lock(theme, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
                entityManager.flush();
                events.publishEvent(new ChangeRecorded(
                        admin.id(),
                        admin.label(),
                        "THEME",
                        slug,
                        null,
                        "OBJECTIVES_CHANGED",
                        audit(before),
                        audit(codesOf(theme.objectiveIds(), codes))));
                events.publishEvent(new PublicContentChanged("objectives of theme " + slug));
                return true;
            });
            return Boolean.TRUE.equals(changed);
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw stale(slug, codes);
        }
    }

    private Theme find(String slug) {
        return themes.findBySlug(slug).orElseThrow(() -> new NotFoundException("theme", slug));
    }

    /** The codes of these objectives, in the roadmap's order of codes. */
    private static List<String> codesOf(Set<Long> ids, Map<Long, String> codes) {
        return ids.stream()
                .map(codes::get)
                .filter(java.util.Objects::nonNull)
                .sorted(java.util.Comparator.comparing(ObjectiveCode::parse))
                .toList();
    }

    private static Map<String, Object> audit(List<String> codes) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("objectives", codes);
        return state;
    }

    /** The theme's objectives as saved now, for the 409 page. */
    private StaleVersion stale(String slug, Map<Long, String> codes) {
        return reading.execute(tx -> new StaleVersion(
                List.of(SavedField.text(
                        "stale.field.objectives",
                        String.join(", ", codesOf(find(slug).objectiveIds(), codes)))),
                null,
                null));
    }
}
