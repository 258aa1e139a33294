package fr.gouv.sante.jalons.shared;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aProblemNamesTheMessageKeyOfTheField() {
        assertThat(TextRules.Problem.TOO_LONG.key("report.narrative")).isEqualTo("report.narrative.too-long");
        assertThat(TextRules.Problem.MISSING.key("report.narrative")).isEqualTo("report.narrative.required");
        assertThat(TextRules.Problem.CONTROL_CHARACTERS.key("report.narrative")).isEqualTo("report.narrative.control");
    }
}
