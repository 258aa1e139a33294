package fr.gouv.sante.jalons.signatory.web;

import fr.gouv.sante.jalons.charter.CharterQueries;
import fr.gouv.sante.jalons.charter.CharterVersion;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.web.PageLinks;
import fr.gouv.sante.jalons.signatory.PastWithdrawal;
import fr.gouv.sante.jalons.signatory.Sector;
import fr.gouv.sante.jalons.signatory.SignatoryFilter;
import fr.gouv.sante.jalons.signatory.SignatoryQueries;
import fr.gouv.sante.jalons.signatory.SignatoryStatus;
import fr.gouv.sante.jalons.signatory.SignatorySummary;
import fr.gouv.sante.jalons.signatory.Siren;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the view models of the register's public pages and of its open data's filters: display-ready
 * values, never entities.
 */
@Component
class SignatoryViews {

    static final String CSV = "/opendata/charter-signatories.csv";
    static final String JSON = "/api/v1/charter/signatories";
    static final String LIST = "/charte/signataires";

    /** Rows per page of the register: a long register stays a light page, its exports keep every row. */
    static final int PAGE_SIZE = 100;

    private final CharterQueries charter;
    private final SignatoryQueries signatories;
    private final MessageSource messages;

    SignatoryViews(CharterQueries charter, SignatoryQueries signatories, MessageSource messages) {
        this.charter = charter;
        this.signatories = signatories;
        this.messages = messages;
    }

    // ---- the register ----

    record SignatoryListView(
            String query,
            List<Option> sectors,
            List<Option> statuses,
            List<Option> versions,
            List<SignatoryRowView> results,
            String counts,
            boolean filtered,
            List<String> notices,
            String csvUrl,
            String jsonUrl,
            String found,
            int current,
            PageLinks pagination) {}

    /** A choice of a filter or a form. */
    record Option(String value, String label, boolean selected) {}

    /**
     * A row of the register.
     *
     * @param withdrawnOn empty while active
     * @param history the withdrawals that ended and their reinstatements, in time order; empty for most
     */
    record SignatoryRowView(
            String legalName,
            String siren,
            String sectors,
            String signedOn,
            String signedOnIso,
            String version,
            boolean active,
            String withdrawnOn,
            String withdrawnOnIso,
            String withdrawalReason,
            List<HistoryEventView> history) {}

    /**
     * A past event of a signatory's entry: a withdrawal that ended, or the reinstatement that ended it.
     *
     * @param labelKey what happened ("Retirée le", "Réintégrée le")
     */
    record HistoryEventView(String labelKey, String on, String onIso, String reason) {}

    SignatoryListView signatories(FilterParameters parameters, @Nullable String page) {
        Set<String> versions = versionLabels();
        SignatoryFilter filter = parameters.lenient(versions);
        List<SignatorySummary> all = signatories.all();
        List<SignatorySummary> kept = all.stream().filter(filter::matches).toList();
        int active = (int) all.stream().filter(SignatorySummary::active).count();
        List<String> notices = new ArrayList<>(parameters.ignored(versions).stream()
                .map(ignored -> message("filter.ignored", message(ignored.labelKey()), ignored.value()))
                .toList());
        int pages = PageLinks.count(kept.size(), PAGE_SIZE);
        int current = PageLinks.requested(page, pages);
        if (current == 0) {
            notices.add(message("list.page.unknown", String.valueOf(page), pages));
            current = 1;
        }
        String found = message("charter.signatories.found", kept.size());
        String base = parameters.on(LIST, filter);
        return new SignatoryListView(
                filter.query() == null ? "" : filter.query(),
                java.util.Arrays.stream(Sector.values())
                        .map(sector -> new Option(
                                sector.slug(), message("charter.sector." + sector.name()), sector == filter.sector()))
                        .toList(),
                java.util.Arrays.stream(SignatoryStatus.values())
                        .map(status -> new Option(
                                status.slug(), message("charter.status." + status.name()), status == filter.status()))
                        .toList(),
                versions.stream()
                        .map(version -> new Option(
                                version,
                                message("charter.version.option", version),
                                version.equals(filter.charterVersion())))
                        .toList(),
                // only the page's rows become views: the register is read whole, it is shown a hundred at a time
                kept.subList((current - 1) * PAGE_SIZE, Math.min(kept.size(), current * PAGE_SIZE)).stream()
                        .map(this::row)
                        .toList(),
                all.isEmpty()
                        ? message("charter.signatories.counts.none")
                        : message(
                                "charter.signatories.counts",
                                message("charter.signatories.counts.total", all.size()),
                                message("charter.signatories.counts.active", active),
                                message("charter.signatories.counts.withdrawn", all.size() - active)),
                !filter.isEmpty(),
                notices,
                parameters.on(CSV, filter),
                parameters.on(JSON, filter),
                pages > 1 ? message("list.count.page", found, current, pages) : found,
                current,
                PageLinks.of(current, pages, number -> PageLinks.numbered(base, number)));
    }

    SignatoryRowView row(SignatorySummary signatory) {
        return new SignatoryRowView(
                signatory.legalName(),
                signatory.siren().formatted(),
                sectors(signatory.sectors()),
                FrenchFormat.date(signatory.signedOn()),
                signatory.signedOn().toString(),
                signatory.charterVersion(),
                signatory.active(),
                signatory.withdrawnOn() == null ? "" : FrenchFormat.date(signatory.withdrawnOn()),
                signatory.withdrawnOn() == null ? "" : signatory.withdrawnOn().toString(),
                signatory.withdrawalReason() == null ? "" : signatory.withdrawalReason(),
                history(signatory.pastWithdrawals()));
    }

    private static List<HistoryEventView> history(List<PastWithdrawal> pastWithdrawals) {
        List<HistoryEventView> events = new ArrayList<>();
        for (PastWithdrawal past : pastWithdrawals) {
            events.add(new HistoryEventView(
                    "charter.signatory.history.withdrawn",
                    FrenchFormat.date(past.withdrawnOn()),
                    past.withdrawnOn().toString(),
                    past.withdrawalReason()));
            events.add(new HistoryEventView(
                    "charter.signatory.history.reinstated",
                    FrenchFormat.date(past.reinstatedOn()),
                    past.reinstatedOn().toString(),
                    past.reinstatementReason()));
        }
        return List.copyOf(events);
    }

    String sectors(List<Sector> sectors) {
        return sectors.stream()
                .map(sector -> message("charter.sector." + sector.name()))
                .collect(Collectors.joining(message("list.separator")));
    }

    Set<String> versionLabels() {
        return charter.versions().stream()
                .map(CharterVersion::version)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    // ---- the check ----

    /** The outcome of a check: the SIREN as typed, and one of an error, an answer, or nothing yet. */
    enum Outcome {
        NONE,
        INVALID,
        ACTIVE,
        WITHDRAWN,
        UNKNOWN
    }

    /**
     * @param typed the SIREN as typed, shown back in the field
     * @param errorKey why it is not a SIREN; null otherwise
     * @param siren the SIREN checked, formatted; empty when none was
     * @param signatory the register's row; null unless active or withdrawn
     */
    record CheckView(
            String typed,
            Outcome outcome,
            @Nullable String errorKey,
            String siren,
            @Nullable SignatoryRowView signatory) {

        public boolean answered() {
            return outcome == Outcome.ACTIVE || outcome == Outcome.WITHDRAWN || outcome == Outcome.UNKNOWN;
        }

        public boolean invalid() {
            return outcome == Outcome.INVALID;
        }

        /** The answer's DSFR alert type, text said too: success, warning, info. */
        public String alertClass() {
            return switch (outcome) {
                case ACTIVE -> "fr-alert--success";
                case WITHDRAWN -> "fr-alert--warning";
                default -> "fr-alert--info";
            };
        }

        public String titleKey() {
            return "charter.check.answer." + outcome.name().toLowerCase(Locale.ROOT);
        }
    }

    CheckView check(String typed) {
        if (typed == null) {
            return new CheckView("", Outcome.NONE, null, "", null);
        }
        String shown = typed.length() > 40 ? typed.substring(0, 40) : typed;
        Optional<Siren.Problem> problem = Siren.check(typed);
        if (problem.isPresent()) {
            return new CheckView(shown, Outcome.INVALID, problem.get().key("charter.check.siren"), "", null);
        }
        Siren siren = Siren.parse(typed).orElseThrow();
        return signatories
                .bySiren(siren)
                .map(signatory -> new CheckView(
                        shown,
                        signatory.active() ? Outcome.ACTIVE : Outcome.WITHDRAWN,
                        null,
                        siren.formatted(),
                        row(signatory)))
                .orElseGet(() -> new CheckView(shown, Outcome.UNKNOWN, null, siren.formatted(), null));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }
}
