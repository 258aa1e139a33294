package fr.gouv.sante.jalons.charter.web;

import fr.gouv.sante.jalons.charter.CharterDocument;
import fr.gouv.sante.jalons.charter.CharterDocument.Commitment;
import fr.gouv.sante.jalons.charter.CharterQueries;
import fr.gouv.sante.jalons.charter.CharterVersion;
import fr.gouv.sante.jalons.charter.Party;
import fr.gouv.sante.jalons.charter.Sector;
import fr.gouv.sante.jalons.charter.SignatoryFilter;
import fr.gouv.sante.jalons.charter.SignatoryQueries;
import fr.gouv.sante.jalons.charter.SignatoryStatus;
import fr.gouv.sante.jalons.charter.SignatorySummary;
import fr.gouv.sante.jalons.charter.Siren;
import fr.gouv.sante.jalons.shared.FrenchFormat;
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

/** Builds the view models of the charter's public pages: display-ready values, never entities. */
@Component
class CharterViews {

    static final String CSV = "/opendata/charter-signatories.csv";
    static final String JSON = "/api/v1/charter/signatories";

    private final CharterQueries charter;
    private final SignatoryQueries signatories;
    private final MessageSource messages;

    CharterViews(CharterQueries charter, SignatoryQueries signatories, MessageSource messages) {
        this.charter = charter;
        this.signatories = signatories;
        this.messages = messages;
    }

    // ---- the charter ----

    /**
     * @param designation how the text names itself ("la présente Charte")
     * @param predecessor how the text names the charter it renews ("une première charte signée en 2021")
     */
    record CharterPageView(
            String version,
            String designation,
            @Nullable String predecessor,
            @Nullable String predecessorVersion,
            List<SectionView> sections,
            int stateCount,
            int industryCount) {}

    /** A section: its anchor, numeral and heading, and its paragraphs or its commitments. */
    record SectionView(
            String id, String numeral, String heading, List<String> paragraphs, List<CommitmentView> commitments) {}

    /** A commitment: its anchor ({@code etat-5}), number, text and linked objectives. */
    record CommitmentView(String id, int number, String text, String partyKey, List<ObjectiveLinkView> objectives) {}

    record ObjectiveLinkView(String code, String title, String url) {}

    CharterPageView charter() {
        CharterDocument document = charter.current();
        List<SectionView> sections = new ArrayList<>();
        int position = 0;
        for (CharterDocument.Section section : document.sections()) {
            position++;
            List<CommitmentView> commitments = section.party() == null
                    ? List.of()
                    : document.commitmentsOf(section.party()).stream()
                            .map(CharterViews::commitment)
                            .toList();
            sections.add(new SectionView(
                    "section-" + position, section.numeral(), section.heading(), section.paragraphs(), commitments));
        }
        CharterVersion predecessor = document.predecessor();
        return new CharterPageView(
                document.version(),
                document.designation(),
                predecessor == null ? null : predecessor.designation(),
                predecessor == null ? null : predecessor.version(),
                sections,
                document.commitmentsOf(Party.STATE).size(),
                document.commitmentsOf(Party.INDUSTRY).size());
    }

    private static CommitmentView commitment(Commitment commitment) {
        return new CommitmentView(
                commitment.party().anchor(commitment.number()),
                commitment.number(),
                commitment.text(),
                "charter.party." + commitment.party().name(),
                commitment.objectives().stream()
                        .map(o -> new ObjectiveLinkView(o.code(), o.title(), "/objectifs/" + o.code()))
                        .toList());
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
            String jsonUrl) {}

    /** A choice of a filter or a form. */
    record Option(String value, String label, boolean selected) {}

    /**
     * A row of the register.
     *
     * @param withdrawnOn empty while active
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
            String withdrawalReason) {}

    SignatoryListView signatories(FilterParameters parameters) {
        Set<String> versions = versionLabels();
        SignatoryFilter filter = parameters.lenient(versions);
        List<SignatorySummary> all = signatories.all();
        List<SignatorySummary> kept = all.stream().filter(filter::matches).toList();
        int active = (int) all.stream().filter(SignatorySummary::active).count();
        List<String> notices = parameters.ignored(versions).stream()
                .map(ignored -> message("filter.ignored", message(ignored.labelKey()), ignored.value()))
                .toList();
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
                kept.stream().map(this::row).toList(),
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
                parameters.on(JSON, filter));
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
                signatory.withdrawalReason() == null ? "" : signatory.withdrawalReason());
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

    CheckView check(@Nullable String typed) {
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
