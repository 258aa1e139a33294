package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.roadmap.IndicatorEditing;
import fr.gouv.sante.jalons.roadmap.IndicatorsChange;
import fr.gouv.sante.jalons.roadmap.StructureRejected;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.TextRules;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An objective's indicators and dated targets, replaced as a whole. Positions and names stay unique
 * per objective through deferred constraints (checked at commit), so rows can be renumbered freely.
 */
@Service
class JpaIndicatorEditing implements IndicatorEditing {

    private final RoadmapEditingSupport support;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;

    JpaIndicatorEditing(
            RoadmapEditingSupport support,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            EntityManager entityManager,
            PlatformTransactionManager transactions) {
        this.support = support;
        this.policy = policy;
        this.events = events;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public IndicatorsChange indicators(CurrentUser admin, ObjectiveCode code) {
        policy.requireAdmin(admin);
        return transaction.execute(tx -> {
            Objective objective = support.find(code);
            List<Indicator> indicators = objective.getIndicators();
            Map<Long, Integer> positions = new LinkedHashMap<>();
            indicators.forEach(indicator -> positions.put(indicator.getId(), indicator.getPosition()));
            return new IndicatorsChange(
                    indicators.stream()
                            .map(i -> new IndicatorsChange.Indicator(
                                    i.getId(),
                                    i.getName(),
                                    i.getUnit(),
                                    i.getDirection().name(),
                                    i.getMaxValue(),
                                    i.getBaselineValue(),
                                    i.getBaselineDate()))
                            .toList(),
                    objective.getTargets().stream()
                            .map(t -> new IndicatorsChange.Target(
                                    t.getDue(),
                                    t.getDescription(),
                                    t.getIndicatorId() == null ? null : positions.get(t.getIndicatorId()),
                                    t.getValue()))
                            .toList(),
                    objective.getVersion());
        });
    }

    @Override
    public void updateIndicators(CurrentUser admin, ObjectiveCode code, IndicatorsChange change) {
        policy.requireAdmin(admin);
        Map<String, String> errors = validate(change);
        if (!errors.isEmpty()) {
            throw new StructureRejected(errors);
        }
        try {
            transaction.executeWithoutResult(tx -> apply(admin, code, change));
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw support.staleIndicators(code);
        } catch (DataIntegrityViolationException | jakarta.persistence.PersistenceException e) {
            if (RoadmapEditingSupport.violates(e, "fk_measurement_indicator")) {
                throw new StructureRejected(Map.of("indicators", "structure.indicator.has-measurements"));
            }
            throw e;
        }
    }

    /** In the transaction: the indicators and targets as the form lists them, in its order. */
    private void apply(CurrentUser admin, ObjectiveCode code, IndicatorsChange change) {
        // renumbering and renaming swap values between rows: unique per objective at commit only
        entityManager
                .createNativeQuery("set constraints uq_indicator_position, uq_indicator_name deferred")
                .executeUpdate();
        Objective objective = support.find(code);
        StaleVersion.check(change.version(), objective.getVersion());
        Map<String, Object> before = indicatorsSnapshot(objective);
        Map<Long, Indicator> existing =
                objective.indicators().stream().collect(Collectors.toMap(Indicator::getId, indicator -> indicator));
        for (IndicatorsChange.Indicator row : change.indicators()) {
            if (row.id() != null && !existing.containsKey(row.id())) {
                throw new StructureRejected(Map.of("indicators", "structure.indicator.unknown"));
            }
        }
        // targets first: they refer to indicators
        objective.targets().clear();
        entityManager.flush();
        // indicators that are gone: the database refuses if measurements refer to them
        List<Long> kept = change.indicators().stream()
                .map(IndicatorsChange.Indicator::id)
                .filter(Objects::nonNull)
                .toList();
        objective.indicators().removeIf(indicator -> !kept.contains(indicator.getId()));
        entityManager.flush();
        List<Indicator> ordered = placeIndicators(objective, change.indicators(), existing);
        entityManager.flush();
        placeTargets(objective, change.targets(), ordered);
        entityManager.lock(objective, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
        events.publishEvent(new ChangeRecorded(
                admin.id(),
                admin.label(),
                RoadmapAudit.Entity.OBJECTIVE.name(),
                objective.getCode(),
                objective.getId(),
                RoadmapAudit.Action.INDICATORS_CHANGED.name(),
                before,
                indicatorsSnapshot(objective)));
        events.publishEvent(new PublicContentChanged("indicators and targets of objective " + objective.getCode()));
    }

    /** The indicators in the form's order, new ones added, kept ones renumbered and changed. */
    private static List<Indicator> placeIndicators(
            Objective objective, List<IndicatorsChange.Indicator> rows, Map<Long, Indicator> existing) {
        List<Indicator> ordered = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            IndicatorsChange.Indicator row = rows.get(i);
            Indicator.Direction direction = Indicator.Direction.valueOf(validated(row.direction()));
            String name = validated(row.name()).strip();
            String unit = validated(row.unit()).strip();
            Long id = row.id();
            Indicator indicator;
            if (id == null) {
                indicator = new Indicator(objective, i + 1, name, unit, direction);
                objective.indicators().add(indicator);
            } else {
                indicator = validated(existing.get(id));
                indicator.change(i + 1, name, unit, direction);
            }
            indicator.bound(row.maxValue(), row.baselineValue(), row.baselineDate());
            ordered.add(indicator);
        }
        return ordered;
    }

    /** The targets in the form's order, each tied to the indicator at its position, if any. */
    private static void placeTargets(Objective objective, List<IndicatorsChange.Target> rows, List<Indicator> ordered) {
        for (int i = 0; i < rows.size(); i++) {
            IndicatorsChange.Target row = rows.get(i);
            Integer position = row.indicatorPosition();
            Long indicatorId =
                    position == null ? null : ordered.get(position - 1).getId();
            objective
                    .targets()
                    .add(new ObjectiveTarget(
                            objective,
                            i + 1,
                            validated(row.due()),
                            validated(row.description()).strip(),
                            indicatorId,
                            row.value()));
        }
    }

    /** A value {@link #validate} required (or an indicator it found): present once the change is accepted. */
    private static <T> T validated(@Nullable T value) {
        return Objects.requireNonNull(value, "checked by validate");
    }

    @Override
    public Map<String, String> problems(IndicatorsChange change) {
        return validate(change);
    }

    private static Map<String, String> validate(IndicatorsChange change) {
        Map<String, String> errors = new LinkedHashMap<>();
        java.util.Set<String> names = new HashSet<>();
        for (int i = 0; i < change.indicators().size(); i++) {
            IndicatorsChange.Indicator row = change.indicators().get(i);
            String name = RoadmapEditingSupport.clean(row.name());
            if (name.isEmpty() || name.length() > 300 || TextRules.hasForbiddenCharacters(name)) {
                errors.put("indicators[" + i + "].name", "structure.indicator.name.invalid");
            } else if (!names.add(name.toLowerCase(java.util.Locale.ROOT))) {
                errors.put("indicators[" + i + "].name", "structure.indicator.name.duplicate");
            }
            String unit = RoadmapEditingSupport.clean(row.unit());
            if (unit.isEmpty() || unit.length() > 60 || TextRules.hasForbiddenCharacters(unit)) {
                errors.put("indicators[" + i + "].unit", "structure.indicator.unit.invalid");
            }
            if (!"INCREASE".equals(row.direction()) && !"DECREASE".equals(row.direction())) {
                errors.put("indicators[" + i + "].direction", "structure.indicator.direction.invalid");
            }
            if (row.maxValue() != null
                    && (!storable(row.maxValue()) || row.maxValue().signum() == 0)) {
                errors.put("indicators[" + i + "].maxValue", "structure.indicator.max.invalid");
            }
            if (row.baselineValue() != null && !storable(row.baselineValue())) {
                errors.put("indicators[" + i + "].baselineValue", "structure.indicator.baseline.value.invalid");
            } else if ((row.baselineValue() == null) != (row.baselineDate() == null)) {
                errors.put(
                        row.baselineValue() == null
                                ? "indicators[" + i + "].baselineValue"
                                : "indicators[" + i + "].baselineDate",
                        "structure.indicator.baseline.pair");
            } else if (row.baselineDate() != null
                    && (row.baselineDate().getYear() < 2000
                            || row.baselineDate().getYear() > 2100)) {
                errors.put("indicators[" + i + "].baselineDate", "structure.indicator.baseline.date.invalid");
            }
        }
        for (int i = 0; i < change.targets().size(); i++) {
            IndicatorsChange.Target row = change.targets().get(i);
            // Deadline.parse keeps to 2000-2100: null is what it could not read
            if (row.due() == null) {
                errors.put("targets[" + i + "].dueDate", "structure.target.date.invalid");
            }
            String description = RoadmapEditingSupport.clean(row.description());
            if (description.isEmpty() || description.length() > 2000 || TextRules.hasForbiddenCharacters(description)) {
                errors.put("targets[" + i + "].description", "structure.target.description.invalid");
            }
            Integer position = row.indicatorPosition();
            if (position != null
                    && (position < 1 || position > change.indicators().size())) {
                errors.put("targets[" + i + "].indicator", "structure.target.indicator.invalid");
            }
            if (row.value() != null && !storable(row.value())) {
                errors.put("targets[" + i + "].value", "structure.target.value.invalid");
            } else if ((position == null) != (row.value() == null)) {
                errors.put("targets[" + i + "].value", "structure.target.value.pair");
            }
        }
        return errors;
    }

    private static String plain(java.math.BigDecimal value) {
        return fr.gouv.sante.jalons.shared.Decimals.plain(value).toPlainString();
    }

    /** Positive or zero, at most two decimals, and within the numeric(18,2) columns. */
    private static boolean storable(java.math.BigDecimal value) {
        return value.signum() >= 0
                && value.compareTo(new java.math.BigDecimal("9999999999999999")) <= 0
                && value.stripTrailingZeros().scale() <= 2;
    }

    private Map<String, Object> indicatorsSnapshot(Objective objective) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put(
                "indicators",
                objective.getIndicators().stream()
                        .map(i -> i.getName() + " (" + i.getUnit() + ", " + i.getDirection()
                                + (i.getMaxValue() == null ? "" : ", max " + plain(i.getMaxValue()))
                                + (i.getBaselineValue() == null
                                        ? ""
                                        : ", référence " + plain(i.getBaselineValue()) + " au " + i.getBaselineDate())
                                + ")")
                        .toList());
        snapshot.put(
                "targets",
                objective.getTargets().stream()
                        .map(t -> t.getDue().iso() + " : " + t.getDescription()
                                + (t.getValue() == null
                                        ? ""
                                        : " = " + t.getValue().toPlainString()))
                        .toList());
        return snapshot;
    }
}
