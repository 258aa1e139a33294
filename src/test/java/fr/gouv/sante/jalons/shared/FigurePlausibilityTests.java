package fr.gouv.sante.jalons.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.shared.FigurePlausibility.Problem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigurePlausibilityTests {

    private static final FigurePlausibility PERCENTAGE = new FigurePlausibility("%", null, true);
    private static final FigurePlausibility APPLICATIONS = new FigurePlausibility("applications", null, true);

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aPercentageIsBetweenZeroAndAHundredUnlessTheIndicatorSaysOtherwise() {
        assertThat(PERCENTAGE.refusal(n("33000"))).map(Problem::encoded).contains("figure.refused.percentage|100");
        assertThat(PERCENTAGE.refusal(n("100"))).isEmpty();
        assertThat(new FigurePlausibility("%", n("150"), true).refusal(n("120")))
                .isEmpty();
        assertThat(new FigurePlausibility("établissements", n("3000"), true).refusal(n("3001")))
                .map(Problem::key)
                .contains("figure.refused.maximum");
        assertThat(APPLICATIONS.refusal(n("-1"))).map(Problem::key).contains("figure.refused.negative");
    }

    @Test
    void aHugeFigureIsTooLarge() {
        assertThat(APPLICATIONS.refusal(n("99999999999999999999999")))
                .map(Problem::key)
                .contains("figure.refused.too-large");
        assertThat(Decimals.parseFrench("99999999999999999999999")).isNotNull();
    }

    @Test
    void aTenfoldMoveOrAFallOfAGrowingIndicatorIsAWarning() {
        FigureQualifier exact = FigureQualifier.EXACT;
        assertThat(APPLICATIONS.warning(n("361"), exact, n("36"), exact))
                .map(Problem::encoded)
                .contains("figure.warning.tenfold|36 applications");
        assertThat(APPLICATIONS.warning(n("3"), exact, n("36"), exact))
                .map(Problem::key)
                .contains("figure.warning.tenth");
        assertThat(APPLICATIONS.warning(n("35"), exact, n("36"), exact))
                .map(Problem::key)
                .contains("figure.warning.decrease");
        assertThat(new FigurePlausibility("jours", null, false).warning(n("35"), exact, n("36"), exact))
                .isEmpty();
        assertThat(APPLICATIONS.warning(n("52"), exact, n("36"), exact)).isEmpty();
        assertThat(APPLICATIONS.warning(n("52"), exact, null, null)).isEmpty();
    }

    @Test
    void anIncreaseIsNeverComparedWithTheLastTotal() {
        assertThat(APPLICATIONS.warning(n("3"), FigureQualifier.INCREASE, n("36"), FigureQualifier.EXACT))
                .isEmpty();
        assertThat(APPLICATIONS.warning(n("400"), FigureQualifier.EXACT, n("8"), FigureQualifier.INCREASE))
                .isEmpty();
    }
}
