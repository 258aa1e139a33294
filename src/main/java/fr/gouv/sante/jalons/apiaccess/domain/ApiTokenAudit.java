package fr.gouv.sante.jalons.apiaccess.domain;

/**
 * The tokens' words in the audit trail. Each constant's name is what is stored ({@code
 * audit_event.entity_type}, {@code audit_event.action}) and names the history's French sentence
 * ({@code history.headline.<entity>.<action>}): renaming one would orphan the rows already written.
 */
enum ApiTokenAudit {
    CREATED,
    REVOKED;

    static final String ENTITY = "API_TOKEN";
}
