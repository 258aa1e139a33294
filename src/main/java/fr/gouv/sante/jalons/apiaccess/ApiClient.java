package fr.gouv.sante.jalons.apiaccess;

import fr.gouv.sante.jalons.account.CurrentUser;

/**
 * Who calls the write API: a valid token, acting as an editor of its organisation in the name of its
 * creator ({@code user}, whose label names the token in the history).
 */
public record ApiClient(long tokenId, String tokenName, TokenScope scope, CurrentUser user) {}
