package fr.gouv.sante.jalons.signatory.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.charter.CharterQueries;
import fr.gouv.sante.jalons.charter.CharterVersion;
import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.StaleVersion.SavedField;
import fr.gouv.sante.jalons.signatory.ImportPreview;
import fr.gouv.sante.jalons.signatory.ImportPreview.CellError;
import fr.gouv.sante.jalons.signatory.ImportRefused;
import fr.gouv.sante.jalons.signatory.Sector;
import fr.gouv.sante.jalons.signatory.SignatoryRegister;
import fr.gouv.sante.jalons.signatory.SignatoryStatus;
import fr.gouv.sante.jalons.signatory.domain.SignatoryAudit.Action;
import fr.gouv.sante.jalons.signatory.domain.SignatoryCsv.Parsed;
import fr.gouv.sante.jalons.signatory.domain.SignatoryCsv.RawRow;
import fr.gouv.sante.jalons.signatory.domain.SignatoryRules.Checked;
import fr.gouv.sante.jalons.signatory.domain.SignatoryRules.CheckedReinstatement;
import fr.gouv.sante.jalons.signatory.domain.SignatoryRules.CheckedWithdrawal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The register of signatories, kept by the DNS; every change is audited in its own transaction. */
@Service
class JpaSignatoryRegister implements SignatoryRegister {

    private static final String SIREN_UNIQUE = "uq_charter_signatory_siren";

    private final SignatoryRepository signatories;
    private final ReinstatementRepository reinstatements;
    private final CharterQueries charter;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final TransactionTemplate reading;

    JpaSignatoryRegister(
            SignatoryRepository signatories,
            ReinstatementRepository reinstatements,
            CharterQueries charter,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.signatories = signatories;
        this.reinstatements = reinstatements;
        this.charter = charter;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Override
    public long add(CurrentUser admin, SignatoryInput input) {
        policy.requireAdmin(admin);
        SignatoryRules.Values values = valid(input);
        try {
            Long id = transaction.execute(tx -> {
                refuseTakenSiren(values.siren().digits(), null);
                Signatory signatory = signatories.saveAndFlush(new Signatory(
                        values.legalName(),
                        values.siren().digits(),
                        values.sectors(),
                        values.signedOn(),
                        values.charterVersion(),
                        now()));
                record(admin, signatory, Action.CREATED, null);
                return signatory.getId();
            });
            return id == null ? 0 : id;
        } catch (DataIntegrityViolationException e) {
            throw refusalOf(e);
        }
    }

    @Override
    public void update(CurrentUser admin, long id, SignatoryInput input, long version) {
        policy.requireAdmin(admin);
        SignatoryRules.Values values = valid(input);
        try {
            transaction.executeWithoutResult(tx -> {
                Signatory signatory = find(id);
                StaleVersion.check(version, signatory.getVersion());
                LocalDate firstWithdrawal = firstWithdrawal(signatory);
                if (firstWithdrawal != null && firstWithdrawal.isBefore(values.signedOn())) {
                    throw new InputRefused(Map.of(
                            SIGNED_ON,
                            "charter.signatory.signedOn.after-withdrawal|" + FrenchFormat.date(firstWithdrawal)));
                }
                refuseTakenSiren(values.siren().digits(), id);
                Map<String, Object> before = snapshot(signatory);
                signatory.change(
                        values.legalName(),
                        values.siren().digits(),
                        values.sectors(),
                        values.signedOn(),
                        values.charterVersion(),
                        now());
                signatories.flush();
                record(admin, signatory, Action.CHANGED, before);
            });
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw stale(id);
        } catch (DataIntegrityViolationException e) {
            throw refusalOf(e);
        }
    }

    @Override
    public void withdraw(CurrentUser admin, long id, WithdrawalInput input, long version) {
        policy.requireAdmin(admin);
        try {
            transaction.executeWithoutResult(tx -> {
                Signatory signatory = find(id);
                StaleVersion.check(version, signatory.getVersion());
                if (signatory.getStatus() == SignatoryStatus.WITHDRAWN) {
                    throw new InputRefused(Map.of("", "charter.withdrawal.already"));
                }
                CheckedWithdrawal withdrawal = SignatoryRules.checkWithdrawal(input, signatory.getSignedOn(), today());
                if (!withdrawal.errors().isEmpty()) {
                    throw new InputRefused(withdrawal.errors());
                }
                LocalDate reinstated = lastReinstatement(signatory);
                if (reinstated != null && withdrawal.validOn().isBefore(reinstated)) {
                    throw new InputRefused(Map.of(
                            WITHDRAWN_ON,
                            "charter.withdrawal.withdrawnOn.before-reinstatement|" + FrenchFormat.date(reinstated)));
                }
                Map<String, Object> before = snapshot(signatory);
                signatory.withdraw(withdrawal.validOn(), withdrawal.validReason(), now());
                signatories.flush();
                record(admin, signatory, Action.WITHDRAWN, before);
            });
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw stale(id);
        }
    }

    @Override
    public void reinstate(CurrentUser admin, long id, ReinstatementInput input, long version) {
        policy.requireAdmin(admin);
        try {
            transaction.executeWithoutResult(tx -> {
                Signatory signatory = find(id);
                StaleVersion.check(version, signatory.getVersion());
                if (signatory.getStatus() != SignatoryStatus.WITHDRAWN) {
                    throw new InputRefused(Map.of("", "charter.reinstatement.not-withdrawn"));
                }
                CheckedReinstatement reinstatement =
                        SignatoryRules.checkReinstatement(input, signatory.getWithdrawnOn(), today());
                if (!reinstatement.errors().isEmpty()) {
                    throw new InputRefused(reinstatement.errors());
                }
                Map<String, Object> before = snapshot(signatory);
                reinstatements.save(signatory.reinstate(reinstatement.validOn(), reinstatement.validReason(), now()));
                signatories.flush();
                Map<String, Object> after = snapshot(signatory);
                after.put(REINSTATED_ON, reinstatement.validOn().toString());
                after.put(REINSTATEMENT_REASON, reinstatement.validReason());

                record(admin, signatory, Action.REINSTATED, before, after);
            });
        } catch (StaleVersion | OptimisticLockingFailureException e) {
            throw stale(id);
        }
    }

    /** The earliest day the signatory withdrew, now or in a withdrawal that ended; null if it never did. */
    private @Nullable LocalDate firstWithdrawal(Signatory signatory) {
        LocalDate first = signatory.getWithdrawnOn();
        for (Reinstatement past : reinstatements.findBySignatoryIdOrderByWithdrawnOnAscIdAsc(signatory.getId())) {
            if (first == null || past.getWithdrawnOn().isBefore(first)) {
                first = past.getWithdrawnOn();
            }
        }
        return first;
    }

    /** The latest day the signatory was reinstated; null if it never was. */
    private @Nullable LocalDate lastReinstatement(Signatory signatory) {
        return reinstatements.findBySignatoryIdOrderByWithdrawnOnAscIdAsc(signatory.getId()).stream()
                .map(Reinstatement::getReinstatedOn)
                .max(LocalDate::compareTo)
                .orElse(null);
    }

    @Override
    public ImportPreview preview(CurrentUser admin, String csv) {
        policy.requireAdmin(admin);
        return reading.execute(tx -> check(SignatoryCsv.read(csv)).preview());
    }

    @Override
    public int apply(CurrentUser admin, String csv) {
        policy.requireAdmin(admin);
        try {
            Integer added = transaction.execute(tx -> {
                CheckedImport checked = check(SignatoryCsv.read(csv));
                if (!checked.preview().applicable()) {
                    throw new ImportRefused(checked.preview());
                }
                List<Signatory> saved = new ArrayList<>();
                for (ImportedRow row : checked.rows()) {
                    // an applicable file has only rows without errors: each has its values
                    SignatoryRules.Values values = Objects.requireNonNull(row.values(), "checked: valid row");
                    Signatory signatory = new Signatory(
                            values.legalName(),
                            values.siren().digits(),
                            values.sectors(),
                            values.signedOn(),
                            values.charterVersion(),
                            now());
                    CheckedWithdrawal withdrawal = row.withdrawal();
                    if (withdrawal != null) {
                        signatory.withdraw(withdrawal.validOn(), withdrawal.validReason(), now());
                    }
                    saved.add(signatories.save(signatory));
                }
                // written before they are audited: a SIREN another administrator registered meanwhile fails
                // here, and the whole file with it
                signatories.flush();
                saved.forEach(signatory -> record(admin, signatory, Action.IMPORTED, null));
                return saved.size();
            });
            return added == null ? 0 : added;
        } catch (DataIntegrityViolationException e) {
            // a SIREN registered meanwhile: the file as it now reads, that row named
            throw new ImportRefused(preview(admin, csv));
        }
    }

    /** The file checked against the rules and the register; the rows to save when it is applicable. */
    private record CheckedImport(ImportPreview preview, List<ImportedRow> rows) {}

    private record ImportedRow(
            SignatoryRules.@Nullable Values values,
            @Nullable CheckedWithdrawal withdrawal) {}

    /** What the whole file holds: each row checked against the rules, the file's other rows and the register. */
    private CheckedImport check(Parsed parsed) {
        FileContext context = new FileContext(
                versions(),
                today(),
                signatories.findAll().stream().collect(Collectors.toMap(Signatory::getSiren, Signatory::getLegalName)),
                new HashMap<>());
        List<ImportPreview.Row> rows = new ArrayList<>();
        List<ImportedRow> imported = new ArrayList<>();
        for (RawRow raw : parsed.rows()) {
            List<CellError> errors = new ArrayList<>();
            if (raw.wrongCellCount() != null) {
                errors.add(new CellError(
                        raw.line(),
                        null,
                        "charter.import.row.cells",
                        List.of(
                                String.valueOf(raw.wrongCellCount()),
                                String.valueOf(parsed.columns().size()))));
            }
            Map<String, String> cellErrors = new LinkedHashMap<>();
            ImportedRow row = checkRow(raw, context, cellErrors);
            cellErrors.forEach((field, error) -> {
                String[] parts = error.split("\\|", -1);
                errors.add(new CellError(
                        raw.line(),
                        parsed.columns().getOrDefault(field, SignatoryCsv.exportName(field)),
                        parts[0],
                        Arrays.asList(parts).subList(1, parts.length)));
            });
            rows.add(new ImportPreview.Row(
                    raw.line(),
                    raw.cell(LEGAL_NAME),
                    raw.cell(SIREN),
                    raw.cell(SECTORS),
                    raw.cell(SIGNED_ON),
                    raw.cell(CHARTER_VERSION),
                    raw.cell(SignatoryCsv.STATUS),
                    raw.cell(WITHDRAWN_ON),
                    raw.cell(WITHDRAWAL_REASON),
                    errors));
            if (errors.isEmpty()) {
                imported.add(row);
            }
        }
        return new CheckedImport(new ImportPreview(rows, parsed.problems()), imported);
    }

    /**
     * What a row needs to be checked beside its own cells: the versions, today, the register's SIRENs
     * (with their names), and the line where each SIREN of the file first appeared.
     */
    private record FileContext(
            Set<String> versions, LocalDate today, Map<String, String> registered, Map<String, Integer> firstLines) {}

    /** One row: its errors by field go to {@code cellErrors}; what it would save, when it has none. */
    private static ImportedRow checkRow(RawRow raw, FileContext context, Map<String, String> cellErrors) {
        Checked checked = SignatoryRules.check(
                new SignatoryInput(
                        raw.cell(LEGAL_NAME),
                        raw.cell(SIREN),
                        Arrays.asList(raw.cell(SECTORS).split("[|,;/]", -1)),
                        raw.cell(SIGNED_ON),
                        raw.cell(CHARTER_VERSION)),
                context.versions(),
                context.today());
        cellErrors.putAll(checked.errors());
        if (checked.values() != null) {
            String siren = checked.values().siren().digits();
            Integer first = context.firstLines().putIfAbsent(siren, raw.line());
            if (first != null) {
                cellErrors.put(SIREN, "charter.import.siren.repeated|" + first);
            } else if (context.registered().containsKey(siren)) {
                cellErrors.put(
                        SIREN,
                        "charter.signatory.siren.duplicate|"
                                + context.registered().get(siren));
            }
        }
        CheckedWithdrawal withdrawal = null;
        String statusCell = raw.cell(SignatoryCsv.STATUS).strip();
        SignatoryStatus status = statusCell.isEmpty()
                ? SignatoryStatus.ACTIVE
                : SignatoryStatus.fromText(statusCell).orElse(null);
        if (status == null) {
            cellErrors.put(SignatoryCsv.STATUS, "charter.import.status.unknown|" + SignatoryRules.shorten(statusCell));
        } else if (status == SignatoryStatus.WITHDRAWN) {
            withdrawal = SignatoryRules.checkWithdrawal(
                    new WithdrawalInput(raw.cell(WITHDRAWN_ON), raw.cell(WITHDRAWAL_REASON)),
                    checked.values() == null ? null : checked.values().signedOn(),
                    context.today());
            cellErrors.putAll(withdrawal.errors());
        } else if (!raw.cell(WITHDRAWN_ON).isBlank()
                || !raw.cell(WITHDRAWAL_REASON).isBlank()) {
            cellErrors.put(
                    raw.cell(WITHDRAWN_ON).isBlank() ? WITHDRAWAL_REASON : WITHDRAWN_ON,
                    "charter.import.withdrawal.unexpected");
        }
        refuseHistory(raw, cellErrors);
        return new ImportedRow(checked.values(), withdrawal);
    }

    /** An export read back may carry the history's columns, but not a history to import. */
    private static void refuseHistory(RawRow raw, Map<String, String> cellErrors) {
        for (String column : SignatoryCsv.HISTORY) {
            String cell = raw.cell(column).strip();
            if (!cell.isEmpty() && !(column.equals("reinstatements") && cell.equals("0"))) {
                cellErrors.put(column, "charter.import.history.unsupported");
            }
        }
    }

    private SignatoryRules.Values valid(SignatoryInput input) {
        Checked checked = SignatoryRules.check(input, versions(), today());
        SignatoryRules.Values values = checked.values();
        if (!checked.errors().isEmpty() || values == null) {
            throw new InputRefused(checked.errors());
        }
        return values;
    }

    private void refuseTakenSiren(String siren, @Nullable Long except) {
        signatories
                .findBySiren(siren)
                .filter(other -> !other.getId().equals(except))
                .ifPresent(other -> {
                    throw new InputRefused(Map.of(SIREN, "charter.signatory.siren.duplicate|" + other.getLegalName()));
                });
    }

    /** Another administrator registered the same SIREN at the same moment: the constraint tells. */
    private static RuntimeException refusalOf(DataIntegrityViolationException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        if (message.contains(SIREN_UNIQUE)) {
            return new InputRefused(Map.of(SIREN, "charter.signatory.siren.taken"));
        }
        return e;
    }

    private Signatory find(long id) {
        return signatories.findById(id).orElseThrow(() -> new NotFoundException("signatory", String.valueOf(id)));
    }

    /** What the 409 page shows of the entry as saved. */
    private StaleVersion stale(long id) {
        return reading.execute(tx -> {
            Signatory saved = find(id);
            List<SavedField> fields = new ArrayList<>(List.of(
                    SavedField.text("stale.field.legalName", saved.getLegalName()),
                    SavedField.text("stale.field.siren", saved.getSiren()),
                    SavedField.text(
                            "stale.field.sectors",
                            String.join(
                                    ", ",
                                    saved.sectors().stream().map(Sector::slug).toList())),
                    SavedField.text("stale.field.signedOn", FrenchFormat.date(saved.getSignedOn())),
                    SavedField.text("stale.field.charterVersion", saved.getCharterVersion()),
                    SavedField.message(
                            "charter.signatory.status",
                            "charter.status." + saved.getStatus().name())));
            if (saved.getWithdrawnOn() != null) {
                fields.add(SavedField.text("stale.field.withdrawnOn", FrenchFormat.date(saved.getWithdrawnOn())));
                fields.add(SavedField.text("stale.field.withdrawalReason", saved.getWithdrawalReason()));
            }
            return new StaleVersion(fields, null, null);
        });
    }

    /** The change in the audit trail, and the public register (pages, open data) shown anew once committed. */
    private void record(CurrentUser admin, Signatory signatory, Action action, @Nullable Map<String, Object> before) {
        record(admin, signatory, action, before, snapshot(signatory));
    }

    private void record(
            CurrentUser admin,
            Signatory signatory,
            Action action,
            @Nullable Map<String, Object> before,
            Map<String, Object> after) {
        events.publishEvent(
                new PublicContentChanged("charter signatory " + signatory.getSiren() + " " + action.name()));
        events.publishEvent(new ChangeRecorded(
                admin.id(),
                admin.label(),
                SignatoryAudit.Entity.CHARTER_SIGNATORY.name(),
                signatory.getSiren(),
                null,
                action.name(),
                before,
                after));
    }

    private static Map<String, Object> snapshot(Signatory signatory) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("legalName", signatory.getLegalName());
        snapshot.put("siren", signatory.getSiren());
        snapshot.put("sectors", signatory.sectors().stream().map(Sector::slug).toList());
        snapshot.put("signedOn", signatory.getSignedOn().toString());
        snapshot.put("charterVersion", signatory.getCharterVersion());
        snapshot.put("signatoryStatus", signatory.getStatus().name());
        if (signatory.getWithdrawnOn() != null) {
            snapshot.put("withdrawnOn", signatory.getWithdrawnOn().toString());
            snapshot.put("withdrawalReason", signatory.getWithdrawalReason());
        }
        return snapshot;
    }

    private Set<String> versions() {
        return charter.versions().stream()
                .map(CharterVersion::version)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), FrenchFormat.PARIS);
    }

    private Instant now() {
        return clock.instant();
    }
}
