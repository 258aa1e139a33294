package fr.gouv.sante.jalons.dashboard.web;

import java.util.List;

/**
 * Counts by status, with the geometry of a horizontal stacked bar (SVG, viewBox 0 0 100 10) and
 * the same numbers as text for the table beside it.
 */
public record StatusBreakdownView(
        String captionId, int total, List<Segment> segments, String summary, int inferredCount) {

    public StatusBreakdownView {
        segments = List.copyOf(segments);
    }

    /** One status's share: {@code x} and {@code width} in percent of the bar. */
    public record Segment(StatusView status, int count, String percent, String x, String width) {}
}
