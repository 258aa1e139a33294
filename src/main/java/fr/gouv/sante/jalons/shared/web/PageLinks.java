package fr.gouv.sante.jalons.shared.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The links of a paginated list, for the DSFR pagination ({@code fragments/components :: pagination}):
 * every page a plain link, which a crawler follows and which keeps the list's filters and sort.
 *
 * @param previous the previous page's address, null on the first
 * @param next the next page's address, null on the last
 */
public record PageLinks(
        int current,
        int pages,
        @Nullable String previous,
        @Nullable String next,
        List<PageLink> links) {

    public PageLinks {
        links = List.copyOf(links);
    }

    /** One page's link. */
    public record PageLink(int number, String url, boolean current) {}

    /** Up to this many pages, every one has its link; past it, the first, the last and those around the current. */
    static final int ALL_LINKS_UP_TO = 9;

    /** Pages on each side of the current one that keep their link in a long list. */
    static final int AROUND = 2;

    /**
     * Pages 1 to {@code pages}, {@code current} among them; {@code url} gives a page's address. A long
     * list (an append-only history) links its first and last pages and those around the current one, so
     * that the navigation stays a few links; the fragment marks the gaps, and every page stays reachable
     * by plain links.
     */
    public static PageLinks of(int current, int pages, IntFunction<String> url) {
        List<PageLink> links = new ArrayList<>();
        for (int number = 1; number <= pages; number++) {
            if (pages <= ALL_LINKS_UP_TO || number == 1 || number == pages || Math.abs(number - current) <= AROUND) {
                links.add(new PageLink(number, url.apply(number), number == current));
            }
        }
        return new PageLinks(
                current,
                pages,
                current > 1 ? url.apply(current - 1) : null,
                current < pages ? url.apply(current + 1) : null,
                links);
    }

    /**
     * The page a visitor asked for with {@code ?page=}: 1 when none is, 0 when the value is not one of the
     * list's {@code pages} pages (the list then says so and shows its first page).
     */
    public static int requested(@Nullable String page, int pages) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            return number >= 1 && number <= pages ? number : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * One page of a list held whole in memory (a cached read model): its rows, the list's size, the page
     * asked for when it does not exist ({@code unknownPage}, to say so; the first page is then shown),
     * and the links.
     */
    public record Slice<T>(
            List<T> rows, int total, @Nullable String unknownPage, PageLinks pagination) {

        public Slice {
            rows = List.copyOf(rows);
        }
    }

    /** The page {@code page} ({@code ?page=}) of {@code all}, {@code size} rows by page. */
    public static <T> Slice<T> slice(List<T> all, @Nullable String page, int size, IntFunction<String> url) {
        int pages = count(all.size(), size);
        int asked = requested(page, pages);
        int current = Math.max(asked, 1);
        return new Slice<>(
                all.subList((current - 1) * size, Math.min(all.size(), current * size)),
                all.size(),
                asked == 0 ? String.valueOf(page) : null,
                of(current, pages, url));
    }

    /** A page's address: the list's own for the first page, {@code ?page=n} (or {@code &page=n}) after it. */
    public static String numbered(String address, int number) {
        return number > 1 ? address + (address.contains("?") ? "&" : "?") + "page=" + number : address;
    }

    /** How many pages {@code rows} rows make, {@code size} by page; one for none. */
    public static int count(int rows, int size) {
        return Math.max(1, (rows + size - 1) / size);
    }
}
