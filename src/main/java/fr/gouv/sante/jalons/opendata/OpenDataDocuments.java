package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.cluster.PublicCaches;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * The open-data answers kept as bytes, plain and gzipped, each with a strong ETag (a hash of its
 * bytes): a harvester's call costs no SQL and no serialisation, and a revalidation gets a 304. They
 * live in the public cache {@value #CACHE}, cleared with the public pages by {@link PublicCaches}
 * whenever what the public sees changes, and expire like them as a backstop.
 * The key is the document's path: documents that depend on query parameters (a filtered export)
 * are built for their request and never kept, so parameters never make new entries.
 */
@Service
class OpenDataDocuments {

    static final String CACHE = "opendata-documents";
    private static final String CACHE_CONTROL = Objects.requireNonNull(
            CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().getHeaderValue());

    private final PublicCaches caches;

    OpenDataDocuments(PublicCaches caches) {
        this.caches = caches;
    }

    /**
     * The document under {@code key}, built by {@code body} when missing; exceptions of {@code body}
     * (an unknown objective...) propagate and nothing is cached.
     */
    ResponseEntity<byte[]> serve(
            String key, MediaType type, Supplier<byte[]> body, HttpServletRequest request, HttpHeaders extraHeaders) {
        Document document = caches.read(CACHE, key, () -> Document.of(body.get()));
        return answer(document, type, request, extraHeaders);
    }

    /**
     * What a document is built from, kept under {@code key} like the documents: a filtered export is
     * built for its request, but from rows every such request shares. Computed for each one, they
     * held a database connection for seconds per request on 100x data, and a few visitors filtering
     * at once took the whole pool.
     */
    <T> T rows(String key, Supplier<T> rows) {
        return caches.read(CACHE, "rows:" + key, rows);
    }

    /** A document built for one request (a filtered export), answered like the others but never kept. */
    ResponseEntity<byte[]> serveUncached(
            MediaType type, byte[] body, HttpServletRequest request, HttpHeaders extraHeaders) {
        return answer(Document.of(body), type, request, extraHeaders);
    }

    private static ResponseEntity<byte[]> answer(
            Document document, MediaType type, HttpServletRequest request, HttpHeaders extraHeaders) {
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String etag = gzip ? document.gzipEtag() : document.etag();
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(extraHeaders);
        headers.setETag(etag);
        headers.setCacheControl(CACHE_CONTROL);
        headers.setVary(List.of(HttpHeaders.ACCEPT_ENCODING));
        if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .headers(headers)
                    .build();
        }
        headers.setContentType(type);
        if (gzip) {
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
            return ResponseEntity.ok().headers(headers).body(document.gzip());
        }
        return ResponseEntity.ok().headers(headers).body(document.plain());
    }

    /** {@code If-None-Match}: {@code *} or a list of ETags, compared weakly as RFC 9110 says. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",", -1)) {
            String tag = candidate.trim();
            if (tag.equals("*") || opaque(tag).equals(opaque(etag))) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.toLowerCase(Locale.ROOT).split(",", -1)) {
            String[] parts = coding.trim().split(";", -1);
            if (parts[0].trim().equals("gzip")) {
                return parts.length == 1 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    // never compared, and never written once built: copying the bytes on every answer would cost more
    // than the identity equality that an array component gives
    /** One answer's bytes, plain and gzipped (so Tomcat does not compress it again on every call). */
    @SuppressWarnings("ArrayRecordComponent")
    record Document(byte[] plain, byte[] gzip, String etag, String gzipEtag) {

        static Document of(byte[] plain) {
            byte[] gzip = gzip(plain);
            return new Document(plain, gzip, etag(plain), etag(gzip));
        }

        private static byte[] gzip(byte[] plain) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
            try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
                zip.write(plain);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }

        private static String etag(byte[] bytes) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
                return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash) + "\"";
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
