package fr.gouv.sante.jalons.signatory;

import java.io.ByteArrayOutputStream;
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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A signed-in browser that sends a file, as the import form does (multipart/form-data with the form's
 * CSRF token), and then posts the confirmation. Its own session, from its own client address.
 */
final class AdminUploads {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final int port;
    private final HttpClient client;
    private final String address;
    private String csrf;

    AdminUploads(int port, String email, String password, String address) {
        this.port = port;
        this.address = address;
        CookieManager cookies = new CookieManager();
        cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        get("/connexion");
        HttpResponse<String> login = postForm("/connexion", "email", email, "password", password);
        if (login.statusCode() != 302
                || login.headers().firstValue("Location").orElse("").contains("erreur")) {
            throw new IllegalStateException("login failed: " + login.statusCode());
        }
    }

    HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("X-Forwarded-For", address)
                .GET()
                .build());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** Sends {@code content} as the file field {@code fichier} of the import form. */
    HttpResponse<String> upload(String path, String fileName, byte[] content) {
        get("/admin/charte/signataires/import");
        String boundary = "----jalons" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n");
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"fichier\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }

    /** Posts a form with the last page's CSRF token; {@code fields} are name, value pairs. */
    HttpResponse<String> postForm(String path, String... fields) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.append(encode(fields[i]))
                    .append('=')
                    .append(encode(fields[i + 1]))
                    .append('&');
        }
        form.append("_csrf=").append(encode(csrf == null ? "" : csrf));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build());
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

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
