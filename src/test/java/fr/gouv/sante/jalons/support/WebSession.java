package fr.gouv.sante.jalons.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP session against the running application: cookies kept, redirects not
 * followed, the CSRF token taken from the last form the server rendered, as a browser would post it.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final java.util.concurrent.atomic.AtomicInteger ADDRESSES =
            new java.util.concurrent.atomic.AtomicInteger();

    private final int port;
    private final HttpClient client;
    private final String clientAddress;
    private String csrf;

    /**
     * Each session comes from its own client address (sent as X-Forwarded-For, from the documentation ranges of RFC 5737; the application
     * trusts from a local proxy), as different people would: login throttling per address is then
     * tested for real instead of piling up on 127.0.0.1.
     */
    public WebSession(int port) {
        this(port, nextAddress());
    }

    public WebSession(int port, String clientAddress) {
        this.port = port;
        this.clientAddress = clientAddress;
        CookieManager cookies = new CookieManager();
        cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private WebSession(int port, String clientAddress, HttpClient client) {
        this.port = port;
        this.clientAddress = clientAddress;
        this.client = client;
    }

    /** The same browser (same cookies, same address) talking to another application node on {@code otherPort}. */
    public WebSession onPort(int otherPort) {
        return new WebSession(otherPort, clientAddress, client);
    }

    /** Signs in through the login form; returns the session, signed in (asserted by the caller via status). */
    public static WebSession signedIn(int port, String email, String password) {
        WebSession session = new WebSession(port);
        session.get("/connexion");
        HttpResponse<String> response = session.post("/connexion", true, "email", email, "password", password);
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302
                || location.contains("erreur")
                || location.contains("attente")
                || location.contains("patienter")) {
            throw new IllegalStateException(
                    "login failed for " + email + ": " + response.statusCode() + " " + location);
        }
        session.get("/espace");
        return session;
    }

    private static String nextAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0." + (113 + ((n >> 8) & 0x7f)) + "." + (n & 0xff);
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("X-Forwarded-For", clientAddress)
                .GET()
                .build());
        Matcher matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        return response;
    }

    /** Follows a link to another site (an identity provider), with this browser's cookies. */
    public HttpResponse<String> visit(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
    }

    /** Posts a form to another site (an identity provider's sign-in page); name, value pairs. */
    public HttpResponse<String> submit(String url, String... fields) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
        }
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
                .build());
    }

    /** Downloads a file (bytes), with the session's cookies. */
    public HttpResponse<byte[]> download(String path) {
        try {
            return client.send(
                    HttpRequest.newBuilder(uri(path))
                            .header("X-Forwarded-For", clientAddress)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts a form with its CSRF token; {@code fields} in their order. */
    public HttpResponse<String> post(String path, java.util.Map<String, String> fields) {
        List<String> pairs = new ArrayList<>();
        fields.forEach((name, value) -> {
            pairs.add(name);
            pairs.add(value);
        });
        return post(path, true, pairs.toArray(String[]::new));
    }

    /** Posts a form; {@code fields} are name, value pairs. With {@code withCsrf} false the token is left out. */
    public HttpResponse<String> post(String path, boolean withCsrf, String... fields) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
        }
        if (withCsrf && csrf != null) {
            pairs.add("_csrf=" + encode(csrf));
        }
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs)))
                .build();
        return send(request);
    }

    /**
     * Sends a file as a form's file field ({@code multipart/form-data}, with the CSRF token of the last
     * page, as a browser would), beside the form's other {@code fields} (name, value pairs).
     */
    public HttpResponse<String> upload(
            String path, String fieldName, String fileName, String contentType, byte[] content, String... fields) {
        String boundary = "----jalons" + java.util.UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        List<String> pairs = new ArrayList<>(List.of(fields));
        if (csrf != null) {
            pairs.add("_csrf");
            pairs.add(csrf);
        }
        for (int i = 0; i + 1 < pairs.size(); i += 2) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + pairs.get(i)
                            + "\"\r\n\r\n" + pairs.get(i + 1) + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fieldName + "\"; filename=\""
                        + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .header("X-Forwarded-For", clientAddress)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
        Matcher matcher = CSRF.matcher(response.body());
        if (matcher.find()) {
            csrf = matcher.group(1);
        }
        return response;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
