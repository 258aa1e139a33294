package fr.gouv.sante.jalons.bilan.web;

import fr.gouv.sante.jalons.bilan.EditionState;
import fr.gouv.sante.jalons.bilan.domain.BilanEditions;
import fr.gouv.sante.jalons.shared.PendingWork;
import org.springframework.stereotype.Component;

/** The editions whose PDF could not be generated: the DNS retries them on the editions page. */
@Component
class FailedEditions implements PendingWork {

    private final BilanEditions editions;

    FailedEditions(BilanEditions editions) {
        this.editions = editions;
    }

    @Override
    public Item pending() {
        long failed = editions.all().stream()
                .filter(edition -> edition.state() == EditionState.FAILED)
                .count();
        return new Item("dashboard.pending.failed-editions", failed, "/admin/bilans");
    }
}
