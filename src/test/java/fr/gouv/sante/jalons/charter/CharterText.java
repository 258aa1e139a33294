package fr.gouv.sante.jalons.charter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charter's text as the DNS gave it (db/reference/charte-e-sante-2023.txt), read here on its own,
 * without the migration's generator, so that what the application serves is compared with the
 * document itself.
 */
final class CharterText {

    static final Path SOURCE = Path.of("db/reference/charte-e-sante-2023.txt");

    private static final Pattern COMMITMENT = Pattern.compile("^- (\\d+)\\) (.+)$");
    private static final Pattern HEADING = Pattern.compile("^(I|II|III|IV|V)(?:\\.| -) (.+)$");

    private CharterText() {}

    /** The commitments by "STATE 5" / "INDUSTRY 5", their text normalised. */
    static Map<String, String> commitments() {
        Map<String, String> commitments = new LinkedHashMap<>();
        String section = null;
        for (String line : lines()) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                section = heading.group(1);
                continue;
            }
            Matcher commitment = COMMITMENT.matcher(line);
            if (commitment.matches()) {
                String party = "III".equals(section) ? "STATE" : "IV".equals(section) ? "INDUSTRY" : null;
                if (party == null) {
                    throw new IllegalStateException("a commitment outside sections III and IV: " + line);
                }
                commitments.put(party + " " + commitment.group(1), normalised(commitment.group(2)));
            }
        }
        return commitments;
    }

    /** The headings, as "I. Préambule". */
    static List<String> headings() {
        return lines().stream()
                .map(HEADING::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1) + ". " + m.group(2))
                .toList();
    }

    /** Every paragraph that is neither a heading nor a commitment, normalised. */
    static List<String> paragraphs() {
        List<String> paragraphs = new ArrayList<>();
        for (String line : lines()) {
            if (!HEADING.matcher(line).matches() && !COMMITMENT.matcher(line).matches()) {
                paragraphs.add(normalised(line));
            }
        }
        return paragraphs;
    }

    /** Spaces of any kind collapsed, ends stripped: how a reader compares two texts. */
    static String normalised(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }

    /** No-break and narrow no-break spaces (French number grouping) read as plain spaces. */
    static String spaces(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private static List<String> lines() {
        try {
            return Files.readAllLines(SOURCE, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
