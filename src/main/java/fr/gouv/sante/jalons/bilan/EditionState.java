package fr.gouv.sante.jalons.bilan;

/** Where the generation of an edition's PDF stands. */
public enum EditionState {
    PENDING,
    READY,
    FAILED;

    public String messageKey() {
        return "bilan.state." + name();
    }
}
