package fr.gouv.sante.jalons.backoffice.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.backoffice.web.ReviewViews.DiffPart;
import fr.gouv.sante.jalons.backoffice.web.ReviewViews.ParagraphView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The review's comparison: paragraphs matched first, words compared only inside a changed one. */
class ParagraphComparisonTests {

    @Test
    void anInsertedParagraphLeavesTheOthersUnchangedBesideTheirCounterparts() {
        List<ParagraphView> rows = ReviewViews.compare("Un.\n\nTrois.", "Un.\r\n\r\nDeux.\n\n  \n\nTrois.");

        assertThat(rows)
                .extracting(ParagraphView::changeKey)
                .containsExactly(
                        "review.context.paragraph.same",
                        "review.context.paragraph.added",
                        "review.context.paragraph.same");
        assertThat(rows.get(1).reference()).isEmpty();
        assertThat(rows.get(1).submitted()).containsExactly(new DiffPart("same", "Deux."));
    }

    @Test
    void aRemovedParagraphStaysOnTheReferenceSideOnly() {
        List<ParagraphView> rows = ReviewViews.compare("Un.\n\nDeux.", "Un.");

        assertThat(rows.get(1).changeKey()).isEqualTo("review.context.paragraph.removed");
        assertThat(rows.get(1).reference()).containsExactly(new DiffPart("same", "Deux."));
        assertThat(rows.get(1).submitted()).isEmpty();
    }

    @Test
    void eachSideOfAChangedParagraphMarksOnlyItsOwnWordsAndARunIsOneMark() {
        ParagraphView row = ReviewViews.compare("À date, 36 applications.", "Au 15 juin, 52 applications.")
                .get(0);

        assertThat(row.reference())
                .containsExactly(new DiffPart("removed", "À date, 36"), new DiffPart("same", " applications."));
        assertThat(row.submitted())
                .containsExactly(new DiffPart("added", "Au 15 juin, 52"), new DiffPart("same", " applications."));
    }
}
