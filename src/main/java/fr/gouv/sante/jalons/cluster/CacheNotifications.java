package fr.gouv.sante.jalons.cluster;

import fr.gouv.sante.jalons.publication.PeriodPublished;
import fr.gouv.sante.jalons.publication.PublishedReportCorrected;
import fr.gouv.sante.jalons.roadmap.ObjectiveRestructured;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells every node that what the public sees has changed. The {@code NOTIFY} is sent inside the
 * change's own transaction on purpose: PostgreSQL delivers it when, and only when, that transaction
 * commits, so no node hears of a change it cannot read yet, nor of one rolled back.
 */
@Component
public class CacheNotifications {

    /** The PostgreSQL channel every node listens to. */
    public static final String CHANNEL = "jalons_cache";

    private final JdbcClient jdbc;

    CacheNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PeriodPublished event) {
        send("publication " + event.period() + " n° " + event.publication());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(PublishedReportCorrected event) {
        send("correction " + event.objectiveCode() + " " + event.period());
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ObjectiveRestructured event) {
        send("structure " + event.code());
    }

    /** Sends a notification (in the current transaction if there is one); the payload is only logged. */
    public void send(String what) {
        jdbc.sql("select pg_notify(?, ?)").param(CHANNEL).param(what).query().singleRow();
    }
}
