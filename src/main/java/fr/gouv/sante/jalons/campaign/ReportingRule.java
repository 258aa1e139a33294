package fr.gouv.sante.jalons.campaign;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who must update an objective each period. When the DNS designated a pilot, only the pilot does,
 * unless {@code coOwnersReport} (a DNS setting) asks every co-owner to report too; when no pilot is
 * designated, every owner does (nobody else answers for it).
 */
public record ReportingRule(boolean coOwnersReport, long version) {

    /** The default: only the pilot when one is designated. */
    public static final ReportingRule PILOT_ONLY = new ReportingRule(false, 0);

    /** Whether this organisation must update the objective led by {@code owners} and piloted by {@code pilot}. */
    public boolean mustReport(@Nullable String acronym, List<String> owners, @Nullable String pilot) {
        if (acronym == null || !owners.contains(acronym)) {
            return false;
        }
        return pilot == null || coOwnersReport || acronym.equals(pilot);
    }
}
