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
}
