package fr.gouv.sante.jalons.shared;

import java.text.NumberFormat;

/** The vertical axis rule shared by the dashboard's charts and the semester report's. */
public final class ChartAxis {

    private ChartAxis() {}

    /** 1, 2, 2.5 or 5 times a power of ten, at least {@code value}: readable axis labels. */
    public static double niceCeiling(double value) {
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    /** Axis values short enough to stay 12 px high on a phone: "400 M", "1,5 k", "250". */
    public static String compact(double value) {
        NumberFormat format = NumberFormat.getCompactNumberInstance(FrenchFormat.FRENCH, NumberFormat.Style.SHORT);
        format.setMaximumFractionDigits(1);
        return format.format(value).replace('\u00a0', '\u202f');
    }
}
