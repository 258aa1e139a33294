package fr.gouv.sante.jalons.signatory.web;

import fr.gouv.sante.jalons.shared.MalformedInputException;
import fr.gouv.sante.jalons.signatory.Sector;
import fr.gouv.sante.jalons.signatory.SignatoryFilter;
import fr.gouv.sante.jalons.signatory.SignatoryStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * The register's filters as the address gives them (parameters "q", "secteur", "statut" and
 * "version"), shared by the page, the JSON and the CSV so that an export is the list one was
 * looking at.
 */
record FilterParameters(
        @Nullable String query,
        @Nullable String sector,
        @Nullable String status,
        @Nullable String version) {

    /**
     * The filter these parameters ask for. The page ignores a value it does not know (and says so), the
     * open data refuses it ({@link #strict}).
     */
    SignatoryFilter lenient(Set<String> versions) {
        return new SignatoryFilter(
                query,
                Sector.fromText(sector).orElse(null),
                SignatoryStatus.fromText(status).orElse(null),
                !blank(version) && versions.contains(version.strip()) ? version.strip() : null);
    }

    /** As {@link #lenient}, but an unknown value is a {@link MalformedInputException} (a 400 problem). */
    SignatoryFilter strict(Set<String> versions) {
        if (!blank(sector) && Sector.fromText(sector).isEmpty()) {
            throw new MalformedInputException("sector", sector);
        }
        if (!blank(status) && SignatoryStatus.fromText(status).isEmpty()) {
            throw new MalformedInputException("signatory-status", status);
        }
        if (!blank(version) && !versions.contains(version.strip())) {
            throw new MalformedInputException("charter-version", version);
        }
        return lenient(versions);
    }

    /** A value {@link #lenient} left out: the message key of its filter's label, and the value. */
    record Ignored(String labelKey, String value) {}

    /** The unknown values that {@link #lenient} left out, in the form's order. */
    List<Ignored> ignored(Set<String> versions) {
        List<Ignored> ignored = new ArrayList<>();
        if (!blank(sector) && Sector.fromText(sector).isEmpty()) {
            ignored.add(new Ignored("charter.filter.sector", sector));
        }
        if (!blank(status) && SignatoryStatus.fromText(status).isEmpty()) {
            ignored.add(new Ignored("charter.filter.status", status));
        }
        if (!blank(version) && !versions.contains(version.strip())) {
            ignored.add(new Ignored("charter.filter.version", version));
        }
        return ignored;
    }

    /** The same filter on another address (the exports), without the empty parameters. */
    String on(String path, SignatoryFilter filter) {
        StringJoiner parameters = new StringJoiner("&", path + "?", "").setEmptyValue(path);
        add(parameters, "q", filter.query());
        add(
                parameters,
                "secteur",
                filter.sector() == null ? null : filter.sector().slug());
        add(
                parameters,
                "statut",
                filter.status() == null ? null : filter.status().slug());
        add(parameters, "version", filter.charterVersion());
        return parameters.toString();
    }

    private static void add(StringJoiner parameters, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            parameters.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    @Contract("null -> true")
    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
