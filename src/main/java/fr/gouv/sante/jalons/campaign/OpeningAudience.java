package fr.gouv.sante.jalons.campaign;

/**
 * Who an opening's mail reaches, for the DNS to read before confirming: the module that sends the
 * mails knows it and implements this port, so that the campaign does not depend on it.
 */
public interface OpeningAudience {

    /** How many people the opening mail would reach now. */
    int count();
}
