package fr.gouv.sante.jalons.bilan.web;

import fr.gouv.sante.jalons.bilan.EditionSummary;
import fr.gouv.sante.jalons.bilan.Erratum;
import fr.gouv.sante.jalons.bilan.domain.BilanEditions;
import fr.gouv.sante.jalons.bilan.domain.BilanReader;
import fr.gouv.sante.jalons.publication.PeriodSummary;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.Semester;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The public pages of the semester reports: the list, a period's editions, what changed, the PDF.
 * The pages are {@link PublicPage}s; the PDF has its own caching (immutable, its SHA-256 as ETag),
 * and the link to the latest period is a redirect that must follow the next publication at once.
 */
@Controller
class BilanPageController {

    private static final Pattern PDF_NAME = Pattern.compile("edition-([1-9][0-9]{0,3})\\.pdf");

    private final BilanEditions editions;
    private final BilanReader reader;

    BilanPageController(BilanEditions editions, BilanReader reader) {
        this.editions = editions;
        this.reader = reader;
    }

    /** A period with its editions, for the list. */
    record PeriodView(String code, String label, String publishedOn, List<EditionView> editions) {}

    @PublicPage
    @GetMapping("/bilans")
    String list(Model model) {
        Map<String, List<EditionView>> byPeriod = editions.all().stream()
                .map(e -> EditionView.of(e, reader.publishedOn(e.publishedAt(), true)))
                .collect(Collectors.groupingBy(EditionView::periodCode));
        List<PeriodView> periods = reader.publishedPeriods().stream()
                .map(p -> new PeriodView(
                        p.code(),
                        reader.periodLabel(p.code()),
                        reader.publishedOn(p.requirePublishedAt(), false),
                        byPeriod.getOrDefault(p.code(), List.of()).stream()
                                .sorted(java.util.Comparator.comparingInt(EditionView::number))
                                .toList()))
                .toList();
        model.addAttribute("periods", periods);
        return "bilan/editions";
    }

    /** The home page links here: the latest published period's editions, whatever it is. */
    @GetMapping("/bilans/dernier")
    String latest() {
        return reader.publishedPeriods().stream()
                .findFirst()
                .map(p -> "redirect:/bilans/" + p.code())
                .orElse("redirect:/bilans");
    }

    @PublicPage
    @GetMapping("/bilans/{period}")
    String edition(@PathVariable String period, Model model) {
        PeriodSummary summary = published(period);
        List<EditionView> views = editions.ofPeriod(summary.code()).stream()
                .map(e -> EditionView.of(
                        e,
                        reader.publishedOn(e.publishedAt(), true),
                        editions.synthesisHtml(e.periodCode(), e.publishedAt())))
                .toList();
        List<Erratum> errata = editions.errata(summary.code());
        model.addAttribute(
                "period",
                new PeriodView(
                        summary.code(),
                        reader.periodLabel(summary.code()),
                        reader.publishedOn(summary.requirePublishedAt(), false),
                        views));
        model.addAttribute(
                "errata",
                errata.stream()
                        .map(e -> new ErratumView(
                                e.objectiveCode(),
                                e.revision(),
                                e.reason(),
                                FrenchFormat.date(e.publishedAt()),
                                "/objectifs/" + e.objectiveCode()))
                        .toList());
        model.addAttribute("pending", views.stream().anyMatch(v -> !v.ready() && !v.failed()));
        model.addAttribute("bilan", reader.bilan(summary.code()));
        return "bilan/edition";
    }

    /** A correction as the edition page lists it. */
    record ErratumView(String objectiveCode, int revision, String reason, String publishedOn, String url) {}

    @PublicPage
    @GetMapping("/bilans/{period}/evolutions")
    String changes(@PathVariable String period, Model model) {
        PeriodSummary summary = published(period);
        model.addAttribute("bilan", reader.bilan(summary.code()));
        return "bilan/changes-page";
    }

    /** The frozen bytes, the same at every download: the SHA-256 is the ETag, and the file never changes. */
    @GetMapping("/bilans/{period}/{file:.+\\.pdf}")
    ResponseEntity<byte[]> pdf(
            @PathVariable String period,
            @PathVariable String file,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        String code = published(period).code();
        Matcher matcher = PDF_NAME.matcher(file);
        if (!matcher.matches()) {
            throw new NotFoundException("edition", file);
        }
        int number = Integer.parseInt(matcher.group(1));
        EditionSummary edition = editions.ofPeriod(code).stream()
                .filter(e -> e.number() == number && e.ready())
                .findFirst()
                .orElseThrow(() -> new NotFoundException("edition", code + "/" + number));
        String etag = "\"" + edition.sha256() + "\"";
        CacheControl cache =
                CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
        if (ifNoneMatch != null
                && (ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(cache)
                    .build();
        }
        byte[] bytes =
                editions.pdf(code, number).orElseThrow(() -> new NotFoundException("edition", code + "/" + number));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .eTag(etag)
                .cacheControl(cache)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"bilan-" + code + "-edition-" + number + ".pdf\"")
                .header(
                        "Digest",
                        "sha-256="
                                + java.util.Base64.getEncoder()
                                        .encodeToString(java.util.HexFormat.of().parseHex(edition.sha256())))
                .body(bytes);
    }

    private PeriodSummary published(String period) {
        String code = Semester.parse(period).toString();
        return reader.period(code).orElseThrow(() -> new NotFoundException("bilan", code));
    }
}
