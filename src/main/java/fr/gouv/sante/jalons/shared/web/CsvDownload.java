package fr.gouv.sante.jalons.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * A CSV export of a filtered list, written row by row to the answer as its rows are read: the file is
 * never held whole in memory, however many rows the filters keep. The rows must be chosen, and any
 * refused filter answered, before {@link #write} starts: once the first bytes are sent the status
 * cannot change. UTF-8, a header row, RFC 4180 quoting.
 */
public final class CsvDownload {

    public static final String TEXT_CSV = "text/csv;charset=UTF-8";

    private static final String CACHE_CONTROL = Objects.requireNonNull(
            CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().getHeaderValue());

    /** One row's cells, in the header's order. */
    @FunctionalInterface
    public interface Row<T> {
        void print(CSVPrinter printer, T row) throws IOException;
    }

    private CsvDownload() {}

    public static <T> void write(
            HttpServletRequest request,
            HttpServletResponse response,
            String fileName,
            String[] header,
            Iterable<T> rows,
            Row<T> row)
            throws IOException {
        // the public answers' ETag filter would otherwise copy the whole file into its buffer first
        ShallowEtagHeaderFilter.disableContentCaching(request);
        response.setContentType(TEXT_CSV);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.inline().filename(fileName).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        BufferedWriter out =
                new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        try (CSVPrinter printer =
                CSVFormat.RFC4180.builder().setHeader(header).get().print(out)) {
            for (T each : rows) {
                row.print(printer, each);
            }
        }
    }
}
