package fr.gouv.sante.jalons.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectiveCodeTests {

    @Test
    void parsesPriorityAndNumber() {
        assertThat(ObjectiveCode.parse("18-4")).isEqualTo(new ObjectiveCode(18, 4));
        assertThat(ObjectiveCode.parse("1-1")).hasToString("1-1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1", "1-", "-1", "1-1-1", "0-1", "1-0", "01-1", "100-1", "a-b", "1–1", " 1-1", "1-1 "})
    void rejectsAnythingElse(String text) {
        assertThatThrownBy(() -> ObjectiveCode.parse(text))
                .isInstanceOf(MalformedInputException.class)
                .extracting("kind")
                .isEqualTo("objective-code");
    }

    @Test
    void rejectsNullAndEchoesLongInputShortened() {
        assertThatThrownBy(() -> ObjectiveCode.parse(null)).isInstanceOf(MalformedInputException.class);
        MalformedInputException e = org.junit.jupiter.api.Assertions.assertThrows(
                MalformedInputException.class, () -> ObjectiveCode.parse("x".repeat(10_000)));
        assertThat(e.value()).hasSizeLessThan(50);
    }

    @Test
    void sortsNumerically() {
        List<ObjectiveCode> sorted = Stream.of("1-10", "10-1", "1-2", "2-1")
                .map(ObjectiveCode::parse)
                .sorted()
                .toList();
        assertThat(sorted).extracting(ObjectiveCode::toString).containsExactly("1-2", "1-10", "2-1", "10-1");
    }
}
