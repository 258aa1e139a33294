package fr.gouv.sante.jalons.shared;

import java.net.URI;

/**
 * The address people reach the application at ({@code jalons.base-url}, set by JALONS_BASE_URL):
 * every absolute link the application writes (mails, feeds) starts with it, never with the host a
 * request names, which whoever sends the request chooses.
 */
public record BaseUrl(String value) {

    /** Without its trailing slashes, so that {@link #link} joins it to a path that starts with one. */
    public BaseUrl {
        String trimmed = value == null ? "" : value.strip().replaceAll("/+$", "");
        URI uri = URI.create(trimmed);
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalArgumentException("jalons.base-url must be an absolute http(s) address: " + value);
        }
        value = trimmed;
    }

    /** The absolute link to {@code path}, an application path starting with a slash. */
    public String link(String path) {
        return value + path;
    }
}
