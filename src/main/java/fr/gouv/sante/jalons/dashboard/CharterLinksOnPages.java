package fr.gouv.sante.jalons.dashboard;

import fr.gouv.sante.jalons.charter.CommitmentLinksChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An objective's page names the commitments of the charter linked to it: once a link is added or
 * removed (after the commit, or a visitor could keep the old page), this node's rendered pages are
 * dropped. The charter's own read model is its module's; other nodes hear of the change through the
 * cluster's notification, which clears their rendered pages too.
 */
@Component
class CharterLinksOnPages {

    private final RenderedPages pages;

    CharterLinksOnPages(RenderedPages pages) {
        this.pages = pages;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(CommitmentLinksChanged event) {
        pages.clear();
    }
}
