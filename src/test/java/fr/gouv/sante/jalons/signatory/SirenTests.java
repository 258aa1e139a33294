package fr.gouv.sante.jalons.signatory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.shared.MalformedInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A SIREN is 9 digits whose last one is a Luhn key; people type it with spaces. */
class SirenTests {

    @ParameterizedTest
    @ValueSource(strings = {"732829320", "356000000", "542065479", "900000001", "100000009"})
    void aNumberWhoseLuhnKeyMatchesIsASiren(String digits) {
        assertThat(Siren.check(digits)).isEmpty();
        assertThat(Siren.parse(digits)).map(Siren::digits).contains(digits);
    }

    @ParameterizedTest
    // each one digit away from a valid SIREN: the key no longer matches
    @ValueSource(strings = {"732829321", "356000001", "542065470", "900000002", "123456789", "100000008"})
    void aWrongKeyIsRefusedAsSuch(String digits) {
        assertThat(Siren.check(digits)).contains(Siren.Problem.KEY);
        assertThat(Siren.parse(digits)).isEmpty();
    }

    @Test
    void swappingTwoNeighbouringDigitsIsCaught() {
        // 732829320 -> 738229320: the error Luhn is designed to catch
        assertThat(Siren.check("738229320")).contains(Siren.Problem.KEY);
    }

    @Test
    void spacesBetweenGroupsOfDigitsAreAllowed() {
        assertThat(Siren.parse("732 829 320")).map(Siren::digits).contains("732829320");
        assertThat(Siren.parse(" 732\u00a0829\u202f320 ")).map(Siren::digits).contains("732829320");
    }

    @ParameterizedTest
    @ValueSource(strings = {"73282932", "7328293200", "73282932O", "732-829-320", "SIREN 732829320", "７３２８２９３２０"})
    void anythingButNineDigitsIsNotTheRightShape(String typed) {
        assertThat(Siren.check(typed)).contains(Siren.Problem.FORMAT);
    }

    @Test
    void nothingTypedIsMissing() {
        assertThat(Siren.check(null)).contains(Siren.Problem.MISSING);
        assertThat(Siren.check("  ")).contains(Siren.Problem.MISSING);
    }

    @Test
    void itIsPrintedInThreeGroupsThatNeverBreak() {
        assertThat(Siren.parse("732829320").orElseThrow().formatted()).isEqualTo("732\u00a0829\u00a0320");
        assertThat(Siren.parse("732829320").orElseThrow()).hasToString("732829320");
    }

    @Test
    void theValueItselfHoldsOnlyAValidSiren() {
        assertThatThrownBy(() -> new Siren("732829321")).isInstanceOf(MalformedInputException.class);
        assertThatThrownBy(() -> new Siren("732 829 320")).isInstanceOf(MalformedInputException.class);
        assertThatThrownBy(() -> new Siren(null)).isInstanceOf(MalformedInputException.class);
    }

    @Test
    void theProblemNamesTheMessageKeyOfTheField() {
        assertThat(Siren.Problem.KEY.key("charter.signatory.siren")).isEqualTo("charter.signatory.siren.key");
    }
}
