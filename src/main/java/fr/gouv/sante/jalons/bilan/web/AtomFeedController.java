package fr.gouv.sante.jalons.bilan.web;

import fr.gouv.sante.jalons.bilan.EditionSummary;
import fr.gouv.sante.jalons.bilan.Erratum;
import fr.gouv.sante.jalons.bilan.domain.BilanEditions;
import fr.gouv.sante.jalons.bilan.domain.BilanReader;
import fr.gouv.sante.jalons.publication.PublishedReport;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.shared.BaseUrl;
import fr.gouv.sante.jalons.shared.BaseUrlProperties;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Atom feeds (RFC 4287): every publication of a semester report, every correction and every
 * re-baselining; and one per objective (its published reports, corrections and re-baselinings).
 */
@PublicPage
@RestController
class AtomFeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String NS = "http://www.w3.org/2005/Atom";

    private final BilanEditions editions;
    private final BilanReader reader;
    private final MessageSource messages;
    private final BaseUrl baseUrl;

    AtomFeedController(
            BilanEditions editions, BilanReader reader, MessageSource messages, BaseUrlProperties properties) {
        this.editions = editions;
        this.reader = reader;
        this.messages = messages;
        this.baseUrl = properties.baseUrl();
    }

    /** An entry before it is written. */
    record Entry(String id, String title, String path, Instant updated, String summary) {}

    @GetMapping("/bilans/flux.atom")
    ResponseEntity<String> publications() {
        List<Entry> entries = new ArrayList<>();
        for (EditionSummary edition : editions.all()) {
            String label = reader.periodLabel(edition.periodCode());
            entries.add(new Entry(
                    "urn:jalons:bilan:" + edition.periodCode() + ":" + edition.number(),
                    message(
                            edition.number() == 1 ? "feed.edition.first" : "feed.edition.supplementary",
                            label,
                            edition.number()),
                    "/bilans/" + edition.periodCode(),
                    updated(edition.publishedAt()),
                    message("feed.edition.summary", label, reader.publishedOn(edition.publishedAt(), false))));
        }
        for (Erratum erratum : editions.allErrata()) {
            entries.add(erratumEntry(erratum));
        }
        for (ObjectiveSummary objective : reader.objectives()) {
            reader.objective(ObjectiveCode.parse(objective.code()))
                    .ifPresent(details -> entries.addAll(rebaselinings(details)));
        }
        return feed("urn:jalons:bilans", message("feed.title"), "/bilans/flux.atom", "/bilans", entries);
    }

    @GetMapping("/bilans/flux/{code}.atom")
    ResponseEntity<String> objective(@PathVariable String code) {
        ObjectiveCode objectiveCode = ObjectiveCode.parse(code);
        ObjectiveDetails details =
                reader.objective(objectiveCode).orElseThrow(() -> new NotFoundException("objective", code));
        String path = "/objectifs/" + details.summary().code();
        List<Entry> entries = new ArrayList<>();
        for (PublishedReport report : reader.publishedReports(details.summary().id())) {
            String label = reader.periodLabel(report.period());
            for (PublishedReport.Revision earlier : report.earlierRevisions()) {
                entries.add(reportEntry(
                        details,
                        report.period(),
                        label,
                        earlier.revision(),
                        status(earlier.status().messageKey(), earlier.statusInferred()),
                        earlier.publishedAt(),
                        earlier.reason(),
                        path));
            }
            entries.add(reportEntry(
                    details,
                    report.period(),
                    label,
                    report.revision(),
                    status(report.status().messageKey(), report.statusInferred()),
                    report.publishedAt(),
                    report.reason(),
                    path));
        }
        entries.addAll(rebaselinings(details));
        return feed(
                "urn:jalons:objectif:" + details.summary().code(),
                message(
                        "feed.objective.title",
                        details.summary().code(),
                        details.summary().title()),
                "/bilans/flux/" + details.summary().code() + ".atom",
                path,
                entries);
    }

    private Entry reportEntry(
            ObjectiveDetails details,
            String period,
            String label,
            int revision,
            String status,
            Instant publishedAt,
            String reason,
            String path) {
        String title = revision == 1
                ? message("feed.report.first", details.summary().code(), label, status)
                : message("feed.report.correction", details.summary().code(), label, status);
        return new Entry(
                "urn:jalons:objectif:" + details.summary().code() + ":" + period + ":" + revision,
                title,
                path,
                updated(publishedAt),
                reason == null
                        ? message("feed.report.summary", title, reader.publishedOn(publishedAt, false))
                        : reason);
    }

    /** A status in words, saying when it was reconstructed from a document's text. */
    private String status(String key, boolean inferred) {
        return inferred ? message("feed.status.inferred", message(key)) : message(key);
    }

    /**
     * Atom needs an instant. A publication dated by month only in its source (the reference period)
     * has no day of its own: its entries take the instant Jalons generated that period's first
     * edition, an action of the product, rather than a day no document gives.
     */
    private Instant updated(Instant publishedAt) {
        return reader.publishedPeriods().stream()
                .filter(period ->
                        publishedAt.equals(period.publishedAt()) && period.publishedPrecision() == DatePrecision.MONTH)
                .findFirst()
                .flatMap(period -> editions.ofPeriod(period.code()).stream()
                        .filter(edition -> edition.number() == 1 && edition.generatedAt() != null)
                        .map(EditionSummary::generatedAt)
                        .findFirst())
                .orElse(publishedAt);
    }

    private Entry erratumEntry(Erratum erratum) {
        String label = reader.periodLabel(erratum.periodCode());
        return new Entry(
                "urn:jalons:objectif:" + erratum.objectiveCode() + ":" + erratum.periodCode() + ":"
                        + erratum.revision(),
                message("feed.erratum", erratum.objectiveCode(), label),
                "/bilans/" + erratum.periodCode(),
                erratum.publishedAt(),
                erratum.reason());
    }

    private List<Entry> rebaselinings(ObjectiveDetails details) {
        List<Entry> entries = new ArrayList<>();
        String code = details.summary().code();
        for (ObjectiveDetails.Rebaselining change : details.rebaselinings()) {
            entries.add(new Entry(
                    "urn:jalons:objectif:" + code + ":recalage:"
                            + change.changedAt().toEpochMilli(),
                    message("feed.rebaselining", code, FrenchFormat.date(change.changedAt())),
                    "/objectifs/" + code,
                    change.changedAt(),
                    message(
                            "feed.rebaselining.summary",
                            change.previousTarget(),
                            FrenchFormat.deadline(change.previousDeadline()),
                            change.newTarget(),
                            FrenchFormat.deadline(change.newDeadline()),
                            change.reason())));
        }
        return entries;
    }

    private ResponseEntity<String> feed(String id, String title, String self, String alternate, List<Entry> entries) {
        List<Entry> sorted = entries.stream()
                .sorted(Comparator.comparing(Entry::updated).reversed())
                .toList();
        Instant updated = sorted.isEmpty() ? Instant.EPOCH : sorted.get(0).updated();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml:lang", "fr");
            text(xml, "id", id);
            text(xml, "title", title);
            text(xml, "updated", timestamp(updated));
            link(xml, "self", baseUrl.link(self), ATOM.getType() + "/" + ATOM.getSubtype());
            link(xml, "alternate", baseUrl.link(alternate), "text/html");
            xml.writeStartElement("author");
            text(xml, "name", message("feed.author"));
            xml.writeEndElement();
            for (Entry entry : sorted) {
                xml.writeStartElement("entry");
                text(xml, "id", entry.id());
                text(xml, "title", entry.title());
                text(xml, "updated", timestamp(entry.updated()));
                link(xml, "alternate", baseUrl.link(entry.path()), "text/html");
                text(xml, "summary", entry.summary());
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return ResponseEntity.ok().contentType(ATOM).body(out.toString());
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value == null ? "" : xmlCharacters(value));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /**
     * The text with every character XML 1.0 cannot carry replaced by U+FFFD: the text rules refuse
     * them in what people type now, but a text stored before them must not make the whole feed
     * unreadable.
     */
    static String xmlCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(allowedInXml(c) ? c : 0xFFFD));
        return out.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == '\t'
                || c == '\n'
                || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant == null ? Instant.EPOCH : instant);
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }
}
