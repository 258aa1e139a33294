package fr.gouv.sante.jalons.signatory.domain;

import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.TextRules;
import fr.gouv.sante.jalons.signatory.Sector;
import fr.gouv.sante.jalons.signatory.SignatoryRegister;
import fr.gouv.sante.jalons.signatory.SignatoryRegister.ReinstatementInput;
import fr.gouv.sante.jalons.signatory.SignatoryRegister.SignatoryInput;
import fr.gouv.sante.jalons.signatory.SignatoryRegister.WithdrawalInput;
import fr.gouv.sante.jalons.signatory.Siren;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a signatory's entry, written once for the forms and the CSV import: each broken rule is
 * a message key (with its arguments after {@code |}) by field name.
 */
final class SignatoryRules {

    static final int MAX_LEGAL_NAME_LENGTH = 200;
    static final int MAX_REASON_LENGTH = 2000;
    /** The text names "une première charte signée en 2021": no signature of any version is older. */
    static final LocalDate FIRST_SIGNATURES = LocalDate.of(2021, 1, 1);

    private static final DateTimeFormatter FRENCH_DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private SignatoryRules() {}

    /** A signatory as checked: its values, or the errors by field when {@code values} is null. */
    record Checked(@Nullable Values values, Map<String, String> errors) {}

    /** What a valid entry saves. */
    record Values(String legalName, Siren siren, Set<Sector> sectors, LocalDate signedOn, String charterVersion) {}

    /** A withdrawal as checked. */
    record CheckedWithdrawal(
            @Nullable LocalDate on, @Nullable String reason, Map<String, String> errors) {

        /** The date of a withdrawal without errors: a missing one is an error. */
        LocalDate validOn() {
            return Objects.requireNonNull(on, "checked: the date is required");
        }

        /** The reason of a withdrawal without errors: a missing one is an error. */
        String validReason() {
            return Objects.requireNonNull(reason, "checked: the reason is required");
        }
    }

    /** A reinstatement as checked. */
    record CheckedReinstatement(
            @Nullable LocalDate on, @Nullable String reason, Map<String, String> errors) {

        /** The reason of a reinstatement without errors: a missing one is an error. */
        String validReason() {
            return Objects.requireNonNull(reason, "checked: the reason is required");
        }

        /** The date of a reinstatement without errors: a missing one is an error. */
        LocalDate validOn() {
            return Objects.requireNonNull(on, "checked: the date is required");
        }
    }

    static Checked check(SignatoryInput input, Set<String> charterVersions, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        String legalName = TextRules.normalise(input.legalName());
        TextRules.checkLine(legalName, MAX_LEGAL_NAME_LENGTH)
                .ifPresent(problem ->
                        errors.put(SignatoryRegister.LEGAL_NAME, problem.key("charter.signatory.legalName")));
        Optional<Siren> siren = Siren.parse(input.siren());
        Siren.check(input.siren())
                .ifPresent(problem -> errors.put(SignatoryRegister.SIREN, problem.key("charter.signatory.siren")));
        Set<Sector> sectors = EnumSet.noneOf(Sector.class);
        List<String> unknown = new ArrayList<>();
        for (String typed : input.sectors()) {
            if (typed != null && !typed.isBlank()) {
                Sector.fromText(typed).ifPresentOrElse(sectors::add, () -> unknown.add(typed.strip()));
            }
        }
        if (!unknown.isEmpty()) {
            errors.put(
                    SignatoryRegister.SECTORS,
                    "charter.signatory.sectors.unknown|" + shorten(String.join(", ", unknown)));
        } else if (sectors.isEmpty()) {
            errors.put(SignatoryRegister.SECTORS, "charter.signatory.sectors.required");
        }
        LocalDate signedOn = date(input.signedOn(), "charter.signatory.signedOn", SignatoryRegister.SIGNED_ON, errors);
        if (signedOn != null && signedOn.isAfter(today)) {
            errors.put(SignatoryRegister.SIGNED_ON, "charter.signatory.signedOn.future");
        } else if (signedOn != null && signedOn.isBefore(FIRST_SIGNATURES)) {
            errors.put(SignatoryRegister.SIGNED_ON, "charter.signatory.signedOn.too-early");
        }
        String version =
                input.charterVersion() == null ? "" : input.charterVersion().strip();
        if (version.isEmpty()) {
            errors.put(SignatoryRegister.CHARTER_VERSION, "charter.signatory.charterVersion.required");
        } else if (!charterVersions.contains(version)) {
            errors.put(
                    SignatoryRegister.CHARTER_VERSION,
                    "charter.signatory.charterVersion.unknown|" + shorten(version) + "|"
                            + String.join(", ", charterVersions));
        }
        // a missing name or date is one of the errors
        if (!errors.isEmpty() || legalName == null || signedOn == null) {
            return new Checked(null, errors);
        }
        return new Checked(new Values(legalName, siren.orElseThrow(), sectors, signedOn, version), Map.of());
    }

    static CheckedWithdrawal checkWithdrawal(WithdrawalInput input, @Nullable LocalDate signedOn, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on =
                date(input.withdrawnOn(), "charter.withdrawal.withdrawnOn", SignatoryRegister.WITHDRAWN_ON, errors);
        if (on != null && on.isAfter(today)) {
            errors.put(SignatoryRegister.WITHDRAWN_ON, "charter.withdrawal.withdrawnOn.future");
        } else if (on != null && signedOn != null && on.isBefore(signedOn)) {
            errors.put(
                    SignatoryRegister.WITHDRAWN_ON,
                    "charter.withdrawal.withdrawnOn.before-signing|" + FrenchFormat.date(signedOn));
        }
        String reason = TextRules.normalise(input.reason());
        TextRules.check(reason, MAX_REASON_LENGTH)
                .ifPresent(problem ->
                        errors.put(SignatoryRegister.WITHDRAWAL_REASON, problem.key("charter.withdrawal.reason")));
        return new CheckedWithdrawal(on, reason, errors);
    }

    /**
     * A reinstatement: its date neither before the withdrawal it ends (the same day is allowed: a
     * withdrawal recorded by mistake) nor in the future, and a reason.
     */
    static CheckedReinstatement checkReinstatement(
            ReinstatementInput input, @Nullable LocalDate withdrawnOn, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate on = date(
                input.reinstatedOn(), "charter.reinstatement.reinstatedOn", SignatoryRegister.REINSTATED_ON, errors);
        if (on != null && on.isAfter(today)) {
            errors.put(SignatoryRegister.REINSTATED_ON, "charter.reinstatement.reinstatedOn.future");
        } else if (on != null && withdrawnOn != null && on.isBefore(withdrawnOn)) {
            errors.put(
                    SignatoryRegister.REINSTATED_ON,
                    "charter.reinstatement.reinstatedOn.before-withdrawal|" + FrenchFormat.date(withdrawnOn));
        }
        String reason = TextRules.normalise(input.reason());
        TextRules.check(reason, MAX_REASON_LENGTH)
                .ifPresent(problem -> errors.put(
                        SignatoryRegister.REINSTATEMENT_REASON, problem.key("charter.reinstatement.reason")));
        return new CheckedReinstatement(on, reason, errors);
    }

    /**
     * A date as typed: ISO ({@code 2024-03-31}, what a date field sends) or French ({@code 31/03/2024},
     * what a spreadsheet writes); null, with the field's error, when it is neither.
     */
    private static @Nullable LocalDate date(
            @Nullable String typed, String prefix, String field, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            errors.put(field, prefix + ".required");
            return null;
        }
        String text = typed.strip();
        try {
            return text.contains("/") ? LocalDate.parse(text, FRENCH_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(field, prefix + ".invalid|" + shorten(text));
            return null;
        }
    }

    /** Typed text is echoed in messages: short enough to read. */
    static String shorten(String text) {
        // "|" separates a message key's arguments
        String line = text.replaceAll("\\s+", " ").replace('|', '/');
        return line.length() <= 40 ? line : line.substring(0, 40) + "…";
    }
}
