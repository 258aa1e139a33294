package fr.gouv.sante.jalons.governance.web;

import fr.gouv.sante.jalons.governance.GovernanceQueries;
import fr.gouv.sante.jalons.governance.MeetingSummary;
import fr.gouv.sante.jalons.shared.BaseUrl;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Atom feed (RFC 4287) of the governance meetings: one entry per meeting, updated whenever it is
 * recorded or changed (an announced meeting later recorded as held comes back to the top). A feed of
 * its own rather than entries in the bilans' feed: the people who follow the publications are not all
 * the people who follow the meetings, and the bilans' feed stays about the published record.
 */
@PublicPage
@RestController
class MeetingFeedController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final String PATH = "/instances/flux.atom";
    private static final String NS = "http://www.w3.org/2005/Atom";

    private final GovernanceQueries governance;
    private final MessageSource messages;
    private final BaseUrl baseUrl;

    MeetingFeedController(
            GovernanceQueries governance, MessageSource messages, @Value("${jalons.base-url}") String baseUrl) {
        this.governance = governance;
        this.messages = messages;
        this.baseUrl = new BaseUrl(baseUrl);
    }

    @GetMapping(PATH)
    ResponseEntity<String> meetings() {
        List<MeetingSummary> meetings = governance.meetings().stream()
                .sorted(Comparator.comparing(MeetingSummary::updatedAt)
                        .reversed()
                        .thenComparing(MeetingSummary::id))
                .toList();
        Instant updated = meetings.isEmpty() ? Instant.EPOCH : meetings.get(0).updatedAt();
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("xml:lang", "fr");
            text(xml, "id", "urn:jalons:instances");
            text(xml, "title", message("governance.feed.title"));
            text(xml, "updated", timestamp(updated));
            link(xml, "self", baseUrl.link(PATH), ATOM.getType() + "/" + ATOM.getSubtype());
            link(xml, "alternate", baseUrl.link("/instances"), "text/html");
            xml.writeStartElement("author");
            text(xml, "name", message("feed.author"));
            xml.writeEndElement();
            for (MeetingSummary meeting : meetings) {
                xml.writeStartElement("entry");
                text(xml, "id", "urn:jalons:reunion:" + meeting.id());
                text(
                        xml,
                        "title",
                        message(
                                "governance.feed.entry",
                                meeting.name(),
                                meeting.date().french(),
                                message("governance.feed.status."
                                        + meeting.status().name())));
                text(xml, "updated", timestamp(meeting.updatedAt()));
                link(
                        xml,
                        "alternate",
                        baseUrl.link("/instances#" + InstancesViews.meetingAnchor(meeting.id())),
                        "text/html");
                text(xml, "summary", summary(meeting));
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

    /** Where the meeting comes from, in the source's own words when there is one. */
    private String summary(MeetingSummary meeting) {
        String place = meeting.place() == null ? null : message("governance.feed.place", meeting.place());
        String source = meeting.sourceExcerpt() != null
                ? message("governance.feed.source.excerpt", meeting.sourceDocument(), meeting.sourceExcerpt())
                : meeting.sourceDocument() != null
                        ? message("governance.feed.source.document", meeting.sourceDocument())
                        : message("governance.feed.source.jalons", FrenchFormat.date(meeting.recordedAt()));
        return place == null ? source : place + " " + source;
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
     * Characters XML 1.0 cannot carry become U+FFFD: the text rules refuse them in what is typed, but
     * one stored otherwise must not make the whole feed unreadable.
     */
    private static String xmlCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints()
                .forEach(c -> out.appendCodePoint(
                        c == '\t'
                                        || c == '\n'
                                        || c == '\r'
                                        || (c >= 0x20 && c <= 0xD7FF)
                                        || (c >= 0xE000 && c <= 0xFFFD)
                                        || (c >= 0x10000 && c <= 0x10FFFF)
                                ? c
                                : 0xFFFD));
        return out.toString();
    }

    private static String timestamp(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private String message(String key, @Nullable Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }
}
