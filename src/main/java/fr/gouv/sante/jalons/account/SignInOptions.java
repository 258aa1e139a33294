package fr.gouv.sante.jalons.account;

/**
 * The ways of signing in this installation offers, for the pages that show them: the password always,
 * ProConnect when its registration is configured.
 */
public record SignInOptions(boolean proConnect) {}
