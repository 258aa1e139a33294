package fr.gouv.sante.jalons.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextRulesTests {

    @Test
    void lineBreaksAreStoredAsLineFeedsOnly() {
        assertThat(TextRules.normalise("  Un.\r\nDeux.\rTrois.\n\r\n")).isEqualTo("Un.\nDeux.\nTrois.");
        assertThat(TextRules.normaliseLineBreaks("a\r\n\r\nb")).isEqualTo("a\n\nb");
        assertThat(TextRules.normalise(null)).isNull();
    }

    @Test
    void aRequiredTextIsRefusedForTheFirstRuleItBreaks() {
        assertThat(TextRules.check(null, 10)).contains(TextRules.Problem.MISSING);
        assertThat(TextRules.check(" \t\n", 10)).contains(TextRules.Problem.MISSING);
        assertThat(TextRules.check("x".repeat(11), 10)).contains(TextRules.Problem.TOO_LONG);
        assertThat(TextRules.check("a\u0000b", 10)).contains(TextRules.Problem.CONTROL_CHARACTERS);
        assertThat(TextRules.check("a\u0007".repeat(6), 10)).contains(TextRules.Problem.TOO_LONG);
        assertThat(TextRules.check("x".repeat(10), 10)).isEmpty();
        assertThat(TextRules.check("Ligne 1\nLigne 2\tfin", 100)).isEmpty();
        assertThat(TextRules.isAcceptable("Un texte", 100)).isTrue();
        assertThat(TextRules.isAcceptable("", 100)).isFalse();
    }

    @Test
    void aOneLineTextRefusesLineBreaks() {
        assertThat(TextRules.checkLine("Marie\nCurie", 100)).contains(TextRules.Problem.LINE_BREAK);
        assertThat(TextRules.checkLine("Marie\rCurie", 100)).contains(TextRules.Problem.LINE_BREAK);
        assertThat(TextRules.checkLine("", 100)).contains(TextRules.Problem.MISSING);
        assertThat(TextRules.checkLine("Marie Curie", 100)).isEmpty();
    }

    @Test
    void aLookedUpTextMayBeEmptyButNeitherTooLongNorControl() {
        assertThat(TextRules.fits("", 5)).isTrue();
        assertThat(TextRules.fits(null, 5)).isTrue();
        assertThat(TextRules.fits("abcdef", 5)).isFalse();
        assertThat(TextRules.fits("a\u0000", 5)).isFalse();
    }

    @Test
    void unicodeNonCharactersAndLoneSurrogatesAreRefusedInEveryText() {
        for (String text : List.of(
                "a\uFFFF",
                "a\uFFFE",
                "\uFDD0",
                "\uFDEF",
                new String(Character.toChars(0x1FFFF)),
                new String(Character.toChars(0x10FFFE)),
                "a\uD83D",
                "\uDE00b",
                "\uDE00\uD83D")) {
            String shown =
                    text.codePoints().mapToObj(Integer::toHexString).toList().toString();
            assertThat(TextRules.check(text, 100)).as(shown).contains(TextRules.Problem.INVALID_CHARACTERS);
            assertThat(TextRules.checkLine(text, 100)).as(shown).contains(TextRules.Problem.INVALID_CHARACTERS);
            assertThat(TextRules.fits(text, 100)).as(shown).isFalse();
            assertThat(TextRules.hasForbiddenCharacters(text)).as(shown).isTrue();
        }
        // their neighbours are ordinary characters, and a well-formed pair is one character (an emoji)
        for (String text : List.of("\uFDCF", "\uFDF0", "\uFFFD", "😀🏥", "\u202eabc", "中文")) {
            assertThat(TextRules.check(text, 100)).as(text).isEmpty();
            assertThat(TextRules.hasForbiddenCharacters(text)).as(text).isFalse();
        }
        assertThat(TextRules.Problem.INVALID_CHARACTERS.key("report.narrative"))
                .isEqualTo("report.narrative.characters");
    }

    @Test
    void aProblemNamesTheMessageKeyOfTheField() {
        assertThat(TextRules.Problem.TOO_LONG.key("report.narrative")).isEqualTo("report.narrative.too-long");
        assertThat(TextRules.Problem.MISSING.key("report.narrative")).isEqualTo("report.narrative.required");
        assertThat(TextRules.Problem.CONTROL_CHARACTERS.key("report.narrative")).isEqualTo("report.narrative.control");
    }
}
