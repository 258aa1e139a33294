package fr.gouv.sante.jalons.dashboard.web;

/** A lead organisation, linked to its page; {@code pilot} for the first one. */
public record OwnerLinkView(String acronym, String name, String url, boolean pilot) {}
