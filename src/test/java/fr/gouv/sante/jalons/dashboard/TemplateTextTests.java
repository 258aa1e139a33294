package fr.gouv.sante.jalons.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every word a visitor reads comes from messages.properties: a template holds markup and
 * expressions only, never literal text, in its content or in the attributes people read.
 */
class TemplateTextTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    /** A tag, with quoted attribute values that may themselves contain "<" or ">". */
    private static final Pattern TAG = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>");

    private static final Pattern READABLE_ATTRIBUTE =
            Pattern.compile("\\s(alt|title|aria-label|placeholder|label)=\"([^\"]*)\"");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");

    @Test
    void templatesContainNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(path -> path.toString().endsWith(".html")).toList();
        }
        assertThat(templates).hasSizeGreaterThan(10);
        for (Path template : templates) {
            String html = COMMENT.matcher(Files.readString(template, StandardCharsets.UTF_8))
                    .replaceAll("");
            for (String text : TAG.matcher(html).replaceAll("\u0000").split("\u0000", -1)) {
                if (LETTER.matcher(text).find()) {
                    literals.add(template.getFileName() + ": text \"" + text.strip() + "\"");
                }
            }
            Matcher attribute = READABLE_ATTRIBUTE.matcher(html);
            while (attribute.find()) {
                if (LETTER.matcher(attribute.group(2)).find()) {
                    literals.add(
                            template.getFileName() + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
                }
            }
        }
        assertThat(literals)
                .as("literal text in templates; move it to messages.properties")
                .isEmpty();
    }
}
