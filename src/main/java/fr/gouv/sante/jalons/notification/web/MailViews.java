package fr.gouv.sante.jalons.notification.web;

import fr.gouv.sante.jalons.account.PasswordLinks;
import fr.gouv.sante.jalons.notification.MailStatus;
import fr.gouv.sante.jalons.notification.MailSummary;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.web.PageLinks;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** View models of the page "Courriels": French dates, status badges, the filter in the URL; links' secrets masked. */
@Component
class MailViews {

    /** The status filters, as they appear in the URL. */
    enum Filter {
        PENDING("en-attente"),
        SENT("envoyes"),
        FAILED("en-echec");

        final String slug;

        Filter(String slug) {
            this.slug = slug;
        }
    }

    record FilterView(String slug, String labelKey, long count, boolean current) {}

    record MailRowView(
            long id,
            String created,
            String recipient,
            String subject,
            String kindKey,
            String statusKey,
            String badgeClass,
            int attempts,
            String detail,
            boolean resendable) {}

    record MailsPageView(
            List<FilterView> filters,
            long total,
            boolean all,
            List<MailRowView> mails,
            @Nullable String status,
            @Nullable String unknownPage,
            PageLinks pagination) {}

    record MailView(
            long id,
            String created,
            String sent,
            String recipient,
            String subject,
            String kindKey,
            String statusKey,
            String badgeClass,
            int attempts,
            @Nullable String lastError,
            @Nullable String body,
            boolean bodyErased,
            boolean resendable) {}

    static @Nullable MailStatus statusOf(@Nullable String slug) {
        return Arrays.stream(Filter.values())
                .filter(filter -> filter.slug.equals(slug))
                .map(filter -> MailStatus.valueOf(filter.name()))
                .findFirst()
                .orElse(null);
    }

    MailsPageView page(
            List<MailSummary> mails,
            Map<MailStatus, Long> counts,
            @Nullable MailStatus current,
            @Nullable String unknownPage,
            int page,
            int pages) {
        List<FilterView> filters = Arrays.stream(Filter.values())
                .map(filter -> new FilterView(
                        filter.slug,
                        MailStatus.valueOf(filter.name()).messageKey(),
                        counts.getOrDefault(MailStatus.valueOf(filter.name()), 0L),
                        current != null && current.name().equals(filter.name())))
                .toList();
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        String slug = current == null ? null : Filter.valueOf(current.name()).slug;
        String address = slug == null ? "/admin/courriels" : "/admin/courriels?statut=" + slug;
        return new MailsPageView(
                filters,
                total,
                current == null,
                mails.stream().map(MailViews::row).toList(),
                slug,
                unknownPage,
                PageLinks.of(page, pages, number -> PageLinks.numbered(address, number)));
    }

    MailView mail(MailSummary mail) {
        return new MailView(
                mail.id(),
                FrenchFormat.dateTime(mail.createdAt()),
                FrenchFormat.dateTime(mail.sentAt()),
                mail.recipient(),
                mail.subject(),
                "mails.kind." + mail.kind(),
                mail.status().messageKey(),
                badge(mail.status()),
                mail.attempts(),
                PasswordLinks.withoutSecrets(mail.lastError()),
                // a pending invitation or reset still works: an administrator reads the mail, never uses its link
                PasswordLinks.withoutSecrets(mail.body()),
                mail.body() == null,
                mail.resendable());
    }

    private static MailRowView row(MailSummary mail) {
        String detail = switch (mail.status()) {
            case SENT -> FrenchFormat.dateTime(mail.sentAt());
            case PENDING, FAILED -> mail.lastError() == null ? "" : PasswordLinks.withoutSecrets(mail.lastError());
        };
        return new MailRowView(
                mail.id(),
                FrenchFormat.dateTime(mail.createdAt()),
                mail.recipient(),
                mail.subject(),
                "mails.kind." + mail.kind(),
                mail.status().messageKey(),
                badge(mail.status()),
                mail.attempts(),
                detail,
                mail.resendable());
    }

    private static String badge(MailStatus status) {
        return switch (status) {
            case PENDING -> "fr-badge--info";
            case SENT -> "fr-badge--success";
            case FAILED -> "fr-badge--error";
        };
    }
}
