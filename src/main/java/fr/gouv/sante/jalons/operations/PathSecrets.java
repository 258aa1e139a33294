package fr.gouv.sante.jalons.operations;

/**
 * A module whose URLs carry a credential (a link sent by mail is as good as a password) masks it here.
 * Every request path that operations logs, shows on an error page or returns in an error body goes
 * through each bean of this type first, so that operations itself names no module's URLs.
 */
@FunctionalInterface
public interface PathSecrets {

    /** The path with this module's secrets masked (as in {@code /invitation/***}); any other path as is. */
    String withoutSecrets(String path);
}
