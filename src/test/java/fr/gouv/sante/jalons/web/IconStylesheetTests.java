package fr.gouv.sante.jalons.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages load {@code css/icons.css}, the few DSFR icons they use, instead of the DSFR's 356 kB
 * stylesheet of every icon. These checks keep the two in step: an icon a template or the code names
 * has its rule (the failure message gives the rule to copy from the DSFR), the rule's image exists, and
 * no icon is kept that nothing uses.
 */
class IconStylesheetTests {

    private static final Path STATIC = Path.of("src/main/resources/static");
    private static final Path ICONS = STATIC.resolve("css/icons.css");
    private static final Path DSFR_ICONS = STATIC.resolve("dsfr/utility/icons/icons.min.css");
    /** An icon class; {@code fr-icon--sm} and the like are sizes, not icons. */
    private static final Pattern ICON = Pattern.compile("fr-icon-[a-z0-9]+(?:-[a-z0-9]+)*");

    @Test
    void everyIconTheApplicationNamesHasItsRuleAndNoOtherIsKept() {
        Set<String> used = new TreeSet<>();
        for (Path root : new Path[] {Path.of("src/main/resources/templates"), Path.of("src/main/java")}) {
            used.addAll(iconsIn(root));
        }
        Set<String> declared = new TreeSet<>();
        Matcher rule = Pattern.compile("\\.(" + ICON.pattern() + ")::before").matcher(read(ICONS));
        while (rule.find()) {
            declared.add(rule.group(1));
        }

        assertThat(used).as("icons named by the templates and the code").isNotEmpty();
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(declared);
        assertThat(missing)
                .as("icons used but missing from %s; add, with ../dsfr/ for ../../:%n%s", ICONS, dsfrRules(missing))
                .isEmpty();
        assertThat(declared)
                .as("icons in %s that no template or class uses any more", ICONS)
                .isSubsetOf(used);
    }

    @Test
    void everyIconImageExists() {
        Matcher url =
                Pattern.compile("url\\(\\.\\./(dsfr/icons/[^)]+\\.svg)\\)").matcher(read(ICONS));
        int images = 0;
        while (url.find()) {
            images++;
            assertThat(STATIC.resolve(url.group(1)))
                    .as("the image of %s", url.group())
                    .isRegularFile();
        }
        assertThat(images).as("images in %s", ICONS).isPositive();
    }

    private static Set<String> iconsIn(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .flatMap(file -> ICON.matcher(read(file)).results().map(java.util.regex.MatchResult::group))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String dsfrRules(Set<String> icons) {
        String all = read(DSFR_ICONS);
        return icons.stream()
                .map(icon -> {
                    Matcher rule = Pattern.compile("\\." + Pattern.quote(icon) + ":after,\\." + Pattern.quote(icon)
                                    + ":before\\{[^}]*}")
                            .matcher(all);
                    return rule.find() ? rule.group() : icon + ": not a DSFR icon";
                })
                .collect(Collectors.joining("\n"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
