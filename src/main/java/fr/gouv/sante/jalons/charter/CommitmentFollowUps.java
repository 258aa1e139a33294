package fr.gouv.sante.jalons.charter;

import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How the State's commitments are followed, as the charter's public pages and API show it: their lead
 * organisations and their published semester reports. Declared here and provided by the module that
 * follows them, which reads the charter from this one: the charter's pages can then show the follow-up
 * without depending on its owner.
 */
public interface CommitmentFollowUps {

    /** Each State commitment that can be followed, by its number; read from a cache once warm. */
    Map<Integer, FollowUp> stateCommitments();

    /**
     * A State commitment's follow-up.
     *
     * @param leads its lead organisations, by acronym
     * @param reports its published reports, newest period first
     */
    record FollowUp(List<Lead> leads, List<PublishedReport> reports) {

        public FollowUp {
            leads = List.copyOf(leads);
            reports = List.copyOf(reports);
        }

        /** The report of the latest period it was published for; null before its first. */
        public @Nullable PublishedReport latest() {
            return reports.isEmpty() ? null : reports.get(0);
        }
    }

    /** A lead organisation: its acronym and its name. */
    record Lead(String acronym, String name) {}

    /** A published report: its period ({@code 2025-S1}), status, Markdown narrative, and when it was published. */
    record PublishedReport(String period, ProgressStatus status, String narrative, Instant publishedAt) {}
}
