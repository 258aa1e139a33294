package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.roadmap.RoadmapLifecycle;
import fr.gouv.sante.jalons.roadmap.RoadmapState;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.TextRules;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates roadmaps and moves them between states. Every rule is checked before anything is written;
 * the database has the last word (unique code and slug, one current roadmap), and its refusal of a
 * change made meanwhile by someone else is answered like the rule it enforces.
 */
@Service
class JpaRoadmapLifecycle implements RoadmapLifecycle {

    static final int MAX_CODE = 30;
    static final int MAX_SLUG = 60;
    static final int MAX_TITLE = 300;
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    /** As {@code ck_roadmap_slug}: lower-case letters and digits, in words joined by single hyphens. */
    private static final Pattern SLUG_FORMAT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** Letters and digits, in words joined by a hyphen, a dot or an underscore ({@code FNS-2023-2027}). */
    private static final Pattern CODE_FORMAT = Pattern.compile("[A-Za-z0-9]+([._-][A-Za-z0-9]+)*");

    /** The field of a refusal that concerns no field of a form: a move between states. */
    static final String STATE = "state";

    private final RoadmapRepository roadmaps;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;
    private final TransactionTemplate reading;

    JpaRoadmapLifecycle(
            RoadmapRepository roadmaps,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.roadmaps = roadmaps;
        this.policy = policy;
        this.events = events;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public List<RoadmapEntry> roadmaps(CurrentUser admin) {
        policy.requireAdmin(admin);
        return reading.execute(tx -> roadmaps.findEntries().stream()
                .sorted(Comparator.comparing((RoadmapEntry entry) -> entry.state() != RoadmapState.CURRENT)
                        .thenComparing(RoadmapEntry::startYear, Comparator.reverseOrder())
                        .thenComparing(RoadmapEntry::slug))
                .toList());
    }

    @Override
    public RoadmapEntry roadmap(CurrentUser admin, String slug) {
        return roadmaps(admin).stream()
                .filter(entry -> entry.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("roadmap", slug));
    }

    @Override
    public String create(CurrentUser admin, NewRoadmap typed) {
        policy.requireAdmin(admin);
        Roadmap roadmap = check(typed);
        try {
            transaction.executeWithoutResult(tx -> {
                roadmaps.saveAndFlush(roadmap);
                events.publishEvent(audit(admin, roadmap, RoadmapAudit.Action.CREATED, null, snapshot(roadmap)));
            });
        } catch (DataIntegrityViolationException e) {
            // created meanwhile by someone else, between the check and the insert
            if (RoadmapEditingSupport.violates(e, "uq_roadmap_slug")) {
                throw new InputRefused(Map.of(SLUG, "roadmap.slug.taken"));
            }
            if (RoadmapEditingSupport.violates(e, "uq_roadmap_code")) {
                throw new InputRefused(Map.of(CODE, "roadmap.code.taken"));
            }
            throw e;
        }
        return roadmap.getSlug();
    }

    /** Every field's problem at once, so that the form shows them all, a code or slug already taken included. */
    private Roadmap check(NewRoadmap typed) {
        Map<String, String> errors = new LinkedHashMap<>();
        String code = RoadmapEditingSupport.clean(typed.code());
        String slug = RoadmapEditingSupport.clean(typed.slug());
        String title = RoadmapEditingSupport.clean(typed.title());
        TextRules.checkLine(code, MAX_CODE)
                .ifPresentOrElse(problem -> errors.put(CODE, problem.key("roadmap.code")), () -> {
                    if (!CODE_FORMAT.matcher(code).matches()) {
                        errors.put(CODE, "roadmap.code.invalid");
                    } else if (roadmaps.existsByCodeIgnoreCase(code)) {
                        errors.put(CODE, "roadmap.code.taken");
                    }
                });
        TextRules.checkLine(slug, MAX_SLUG)
                .ifPresentOrElse(problem -> errors.put(SLUG, problem.key("roadmap.slug")), () -> {
                    if (!SLUG_FORMAT.matcher(slug).matches()) {
                        errors.put(SLUG, "roadmap.slug.invalid");
                    } else if (roadmaps.existsBySlug(slug)) {
                        errors.put(SLUG, "roadmap.slug.taken");
                    }
                });
        TextRules.checkLine(title, MAX_TITLE).ifPresent(problem -> errors.put(TITLE, problem.key("roadmap.title")));
        Integer start = year(typed.startYear(), START_YEAR, errors);
        Integer end = year(typed.endYear(), END_YEAR, errors);
        if (start != null && end != null && end < start) {
            errors.put(END_YEAR, "roadmap.endYear.before-start");
        }
        // a null year is an error already
        if (!errors.isEmpty() || start == null || end == null) {
            throw new InputRefused(errors);
        }
        return new Roadmap(code, slug, title, start, end);
    }

    private static @Nullable Integer year(@Nullable String typed, String field, Map<String, String> errors) {
        String text = RoadmapEditingSupport.clean(typed);
        if (text.isEmpty()) {
            errors.put(field, "roadmap." + field + ".required");
            return null;
        }
        if (text.matches("[0-9]{4}")) {
            int year = Integer.parseInt(text);
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        }
        errors.put(field, "roadmap." + field + ".invalid|" + FIRST_YEAR + "|" + LAST_YEAR);
        return null;
    }

    @Override
    public StateChange stateChange(CurrentUser admin, String slug, RoadmapState target) {
        List<RoadmapEntry> all = roadmaps(admin);
        RoadmapEntry roadmap = all.stream()
                .filter(entry -> entry.slug().equals(slug))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("roadmap", slug));
        @Nullable
        RoadmapEntry current = target != RoadmapState.CURRENT
                ? null
                : all.stream()
                        .filter(entry -> entry.state() == RoadmapState.CURRENT)
                        .findFirst()
                        .orElse(null);
        return new StateChange(roadmap, target, current, refusal(roadmap.state(), target, roadmap.objectives()));
    }

    /** Why a roadmap in {@code from} may not move to {@code target}; null when it may. */
    static @Nullable String refusal(RoadmapState from, @Nullable RoadmapState target, long objectives) {
        if (target == null || target == from) {
            return "roadmap.state.refused.same";
        }
        if (target == RoadmapState.DRAFT) {
            return "roadmap.state.refused.to-draft";
        }
        if (from == RoadmapState.CURRENT) {
            return "roadmap.state.refused.current";
        }
        if (target == RoadmapState.CURRENT && objectives == 0) {
            return "roadmap.state.refused.empty";
        }
        return null;
    }

    @Override
    public void changeState(CurrentUser admin, String slug, RoadmapState from, RoadmapState target) {
        policy.requireAdmin(admin);
        try {
            transaction.executeWithoutResult(tx -> move(admin, slug, from, target));
        } catch (DataIntegrityViolationException e) {
            if (RoadmapEditingSupport.violates(e, "uq_roadmap_one_current")) {
                throw new InputRefused(Map.of(STATE, "roadmap.state.refused.moved"));
            }
            throw e;
        }
    }

    /** In the transaction: the previous current roadmap is archived first, as the database keeps one at most. */
    private void move(CurrentUser admin, String slug, RoadmapState from, RoadmapState target) {
        Roadmap roadmap = roadmaps.lockBySlug(slug).orElseThrow(() -> new NotFoundException("roadmap", slug));
        if (roadmap.getState() != from) {
            throw new InputRefused(Map.of(STATE, "roadmap.state.refused.moved"));
        }
        String refusal = refusal(from, target, roadmaps.countObjectives(roadmap.getId()));
        if (refusal != null) {
            throw new InputRefused(Map.of(STATE, refusal));
        }
        if (target == RoadmapState.CURRENT) {
            roadmaps.findByState(RoadmapState.CURRENT).ifPresent(previous -> {
                moveAndAudit(admin, previous, RoadmapState.ARCHIVED);
                entityManager.flush();
            });
        }
        moveAndAudit(admin, roadmap, target);
        entityManager.flush();
        events.publishEvent(new PublicContentChanged("roadmap " + slug + " " + target));
    }

    private void moveAndAudit(CurrentUser admin, Roadmap roadmap, RoadmapState target) {
        Map<String, Object> before = Map.of("roadmapState", roadmap.getState().name());
        roadmap.moveTo(target);
        events.publishEvent(audit(
                admin, roadmap, RoadmapAudit.Action.STATE_CHANGED, before, Map.of("roadmapState", target.name())));
    }

    private static Map<String, Object> snapshot(Roadmap roadmap) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("code", roadmap.getCode());
        snapshot.put("slug", roadmap.getSlug());
        snapshot.put("title", roadmap.getTitle());
        snapshot.put("startYear", roadmap.getStartYear());
        snapshot.put("endYear", roadmap.getEndYear());
        snapshot.put("roadmapState", roadmap.getState().name());
        return snapshot;
    }

    static ChangeRecorded audit(
            CurrentUser admin,
            Roadmap roadmap,
            RoadmapAudit.Action action,
            @Nullable Map<String, Object> before,
            Map<String, Object> after) {
        return new ChangeRecorded(
                admin.id(),
                admin.label(),
                RoadmapAudit.Entity.ROADMAP.name(),
                roadmap.getSlug(),
                null,
                action.name(),
                before,
                after);
    }
}
