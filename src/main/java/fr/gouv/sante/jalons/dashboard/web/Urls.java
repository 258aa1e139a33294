package fr.gouv.sante.jalons.dashboard.web;

import org.springframework.web.util.UriComponentsBuilder;

/** The public URLs, in French, shareable. */
final class Urls {
    static final String CSV = "/opendata/objectives.csv";

    private Urls() {}

    static String objectives() {
        return "/objectifs";
    }

    static String objective(String code) {
        return "/objectifs/" + code;
    }

    static String axis(int number) {
        return "/axes/" + number;
    }

    /** A document on the sources page. */
    static String source(String documentCode) {
        return "/sources#" + documentCode;
    }

    static String organisation(String slug) {
        return UriComponentsBuilder.fromPath("/organisations/{slug}")
                .buildAndExpand(slug)
                .toUriString();
    }
}
