package fr.gouv.sante.jalons.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.shared.web.PageLinks;
import org.junit.jupiter.api.Test;

/** A short list links every page; a long one its ends and the pages around the current one. */
class PageLinksTests {

    @Test
    void aShortListLinksEveryPage() {
        PageLinks links = PageLinks.of(1, 9, n -> "/l?page=" + n);
        assertThat(links.links()).extracting(PageLinks.PageLink::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(links.previous()).isNull();
        assertThat(links.next()).isEqualTo("/l?page=2");
    }

    @Test
    void aLongListLinksItsEndsAndThePagesAroundTheCurrentOne() {
        assertThat(PageLinks.of(40, 300, n -> "/l?page=" + n).links())
                .extracting(PageLinks.PageLink::number)
                .containsExactly(1, 38, 39, 40, 41, 42, 300);
        assertThat(PageLinks.of(1, 300, n -> "/l?page=" + n).links())
                .extracting(PageLinks.PageLink::number)
                .containsExactly(1, 2, 3, 300);
        assertThat(PageLinks.of(300, 300, n -> "/l?page=" + n).links())
                .extracting(PageLinks.PageLink::number)
                .containsExactly(1, 298, 299, 300);
        assertThat(PageLinks.of(40, 300, n -> "/l?page=" + n).links())
                .filteredOn(PageLinks.PageLink::current)
                .extracting(PageLinks.PageLink::url)
                .containsExactly("/l?page=40");
    }
}
