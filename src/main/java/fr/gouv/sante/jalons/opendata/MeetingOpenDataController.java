package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.governance.GovernanceQueries;
import fr.gouv.sante.jalons.governance.MeetingSummary;
import fr.gouv.sante.jalons.shared.CsvCells;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The governance meetings as open data: {@code GET /api/v1/meetings} and {@code /opendata/meetings.csv},
 * newest first. A handful of rows read in one SQL statement: each answer is built for its request (with
 * its ETag, so that a revalidation still gets a 304) instead of being kept and evicted on every change.
 */
@Tag(name = ApiDescription.GOVERNANCE)
@RestController
class MeetingOpenDataController {

    static final String[] HEADER = {
        "id",
        "body",
        "body_name",
        "body_kind",
        "title",
        "date",
        "date_precision",
        "date_note",
        "status",
        "place",
        "agenda",
        "minutes_url",
        "minutes_text",
        "bilan_period",
        "decisions",
        "source_document",
        "source_excerpt",
        "recorded_at",
        "updated_at"
    };

    private static final HttpHeaders DISPOSITION = HttpHeaders.readOnlyHttpHeaders(dispositionHeaders());

    private final GovernanceQueries governance;
    private final OpenDataDocuments documents;
    private final JsonMapper json;

    MeetingOpenDataController(GovernanceQueries governance, OpenDataDocuments documents, JsonMapper json) {
        this.governance = governance;
        this.documents = documents;
        this.json = json;
    }

    /**
     * A meeting of {@code GET /api/v1/meetings}. {@code date} is as precise as its source
     * ({@code datePrecision} DAY "2019-06-27", MONTH "2020-02", YEAR "2023"); {@code status} HELD or
     * ANNOUNCED (only announced by its source, even when the date has passed); {@code body} the body's
     * code, {@code bodyKind} COUNCIL, WORKING_GROUP, CHARTER_REVIEW or EVENT. A text the source does not
     * give is null. {@code sourceDocument} is null when an administrator recorded it without one.
     */
    record MeetingResource(
            long id,
            String body,
            String bodyName,
            String bodyKind,
            @Nullable String title,
            String date,
            String datePrecision,
            @Nullable String dateNote,
            String status,
            @Nullable String place,
            @Nullable String agenda,
            @Nullable String minutesUrl,
            @Nullable String minutesText,
            @Nullable String bilanPeriod,
            @Nullable String decisions,
            @Nullable String sourceDocument,
            @Nullable String sourceExcerpt,
            Instant recordedAt,
            Instant updatedAt) {

        static MeetingResource of(MeetingSummary meeting) {
            return new MeetingResource(
                    meeting.id(),
                    meeting.bodySlug(),
                    meeting.bodyName(),
                    meeting.bodyKind().name(),
                    meeting.title(),
                    meeting.date().iso(),
                    meeting.date().precision().name(),
                    meeting.dateNote(),
                    meeting.status().name(),
                    meeting.place(),
                    meeting.agenda(),
                    meeting.minutesUrl(),
                    meeting.minutesText(),
                    meeting.bilanPeriod(),
                    meeting.decisions(),
                    meeting.sourceDocument(),
                    meeting.sourceExcerpt(),
                    meeting.recordedAt(),
                    meeting.updatedAt());
        }
    }

    @Operation(summary = "Les réunions des instances, de la plus récente à la plus ancienne")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = "application/json",
                            array = @ArraySchema(schema = @Schema(implementation = MeetingResource.class))))
    @GetMapping(path = "/api/v1/meetings", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> meetings(HttpServletRequest request) {
        List<MeetingResource> meetings =
                governance.meetings().stream().map(MeetingResource::of).toList();
        return documents.serveUncached(
                MediaType.APPLICATION_JSON, json.writeValueAsBytes(meetings), request, HttpHeaders.EMPTY);
    }

    @Operation(
            tags = ApiDescription.FILES,
            summary = "Les réunions des instances en CSV (schéma : /opendata/meetings.schema.json)")
    @ApiResponse(
            responseCode = "200",
            description = "Le fichier",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    @GetMapping("/opendata/meetings.csv")
    ResponseEntity<byte[]> meetingsCsv(HttpServletRequest request) {
        return documents.serveUncached(
                ObjectiveCsvController.TEXT_CSV, csv(governance.meetings()), request, DISPOSITION);
    }

    /** Text cells go through {@link CsvCells#text} (no formula injection in a spreadsheet). */
    private static byte[] csv(List<MeetingSummary> meetings) {
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer =
                CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(csv)) {
            for (MeetingSummary meeting : meetings) {
                printer.printRecord(
                        meeting.id(),
                        CsvCells.text(meeting.bodySlug()),
                        CsvCells.text(meeting.bodyName()),
                        meeting.bodyKind().name(),
                        CsvCells.text(meeting.title()),
                        meeting.date().iso(),
                        meeting.date().precision().name(),
                        CsvCells.text(meeting.dateNote()),
                        meeting.status().name(),
                        CsvCells.text(meeting.place()),
                        CsvCells.text(meeting.agenda()),
                        CsvCells.text(meeting.minutesUrl()),
                        CsvCells.text(meeting.minutesText()),
                        meeting.bilanPeriod(),
                        CsvCells.text(meeting.decisions()),
                        CsvCells.text(meeting.sourceDocument()),
                        CsvCells.text(meeting.sourceExcerpt()),
                        meeting.recordedAt(),
                        meeting.updatedAt());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static HttpHeaders dispositionHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentDisposition(
                ContentDisposition.inline().filename("jalons-reunions.csv").build());
        return headers;
    }
}
