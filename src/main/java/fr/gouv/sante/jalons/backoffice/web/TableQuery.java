package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.campaign.ReportState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The filters, sort and page asked for in a campaign table's address. Whatever was typed by hand is
 * read leniently: an unknown state, sort or page is simply not applied, never an error page. Every
 * link it builds keeps the other parameters, so that a filter survives paging and sorting and a
 * crawler can follow each page.
 *
 * @param organisation an organisation's acronym, blank for all
 * @param state a report state, null for all
 * @param late only what is late
 * @param sort a column's key, blank for the default order
 * @param descending the sort's direction
 * @param page from 1
 */
record TableQuery(
        String path,
        String organisation,
        @Nullable ReportState state,
        boolean late,
        String sort,
        boolean descending,
        int page) {

    /** At most this many rows per page. */
    static final int PAGE_SIZE = 25;

    static final String LATE = "oui";

    static final String DESCENDING = "desc";

    static TableQuery of(
            String path,
            @Nullable String organisation,
            @Nullable String state,
            @Nullable String late,
            @Nullable String sort,
            @Nullable String direction,
            @Nullable String page,
            Iterable<String> sortKeys) {
        String column = "";
        for (String key : sortKeys) {
            if (key.equals(sort)) {
                column = key;
            }
        }
        return new TableQuery(
                path,
                organisation == null ? "" : organisation.strip(),
                parseState(state),
                LATE.equals(late),
                column,
                !column.isEmpty() && DESCENDING.equals(direction),
                parsePage(page));
    }

    private static @Nullable ReportState parseState(@Nullable String state) {
        for (ReportState candidate : ReportState.values()) {
            if (candidate.name().equals(state)) {
                return candidate;
            }
        }
        return null;
    }

    private static int parsePage(@Nullable String page) {
        try {
            return Math.max(1, Integer.parseInt(page == null ? "1" : page.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    boolean filtersOrganisation() {
        return !organisation.isEmpty();
    }

    /** The state's parameter value, blank for all: what the filter's select shows as chosen. */
    String stateValue() {
        return state == null ? "" : state.name();
    }

    /** This query on another page. */
    String pageUrl(int number) {
        return url(sort, descending, number);
    }

    /** This query sorted by a column: ascending first, reversed when it is already sorted ascending by it. */
    String sortUrl(String column) {
        return url(column, column.equals(sort) && !descending, 1);
    }

    /** What a column header says to assistive technologies about the current sort. */
    String ariaSort(String column) {
        if (!column.equals(sort)) {
            return "none";
        }
        return descending ? "descending" : "ascending";
    }

    private String url(String column, boolean reversed, int number) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        if (!organisation.isEmpty()) {
            builder.queryParam("organisation", organisation);
        }
        if (state != null) {
            builder.queryParam("etat", state.name());
        }
        if (late) {
            builder.queryParam("retard", LATE);
        }
        if (!column.isEmpty()) {
            builder.queryParam("tri", column);
            if (reversed) {
                builder.queryParam("sens", DESCENDING);
            }
        }
        if (number > 1) {
            builder.queryParam("page", number);
        }
        return builder.encode().build().toUriString();
    }

    /** Sorts by the chosen column (the rows' own order breaks ties and is the default), then cuts the page. */
    <T> Table<T> table(List<T> filtered, Map<String, Comparator<T>> columns) {
        List<T> sorted = new ArrayList<>(filtered);
        Comparator<T> order = columns.get(sort);
        if (order != null) {
            sorted.sort(descending ? order.reversed() : order);
        }
        int pages = Math.max(1, (sorted.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int current = Math.min(page, pages);
        int from = (current - 1) * PAGE_SIZE;
        int to = Math.min(sorted.size(), from + PAGE_SIZE);
        List<Table.PageLink> links = new ArrayList<>();
        for (int number = 1; number <= pages; number++) {
            links.add(new Table.PageLink(number, pageUrl(number), number == current));
        }
        Map<String, Table.SortLink> headers = new java.util.LinkedHashMap<>();
        for (String column : columns.keySet()) {
            headers.put(column, new Table.SortLink(sortUrl(column), ariaSort(column)));
        }
        return new Table<>(
                List.copyOf(sorted.subList(from, to)),
                sorted.size(),
                from + 1,
                to,
                current,
                pages,
                links,
                current > 1 ? pageUrl(current - 1) : null,
                current < pages ? pageUrl(current + 1) : null,
                headers,
                organisation,
                stateValue(),
                late);
    }

    /**
     * One page of a table, ready to show.
     *
     * @param first the first row's position (1-based), for "lignes 26 à 50 sur 65"
     * @param previous the previous page's address, null on the first
     * @param sortLinks each sortable column's header link, by column key
     */
    record Table<T>(
            List<T> rows,
            int total,
            int first,
            int last,
            int page,
            int pages,
            List<PageLink> links,
            @Nullable String previous,
            @Nullable String next,
            Map<String, SortLink> sortLinks,
            String organisation,
            String state,
            boolean late) {

        record PageLink(int number, String url, boolean current) {}

        record SortLink(String url, String ariaSort) {}
    }
}
