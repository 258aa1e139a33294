package fr.gouv.sante.jalons.bilan.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.bilan.Bilan;
import fr.gouv.sante.jalons.publication.PublicationPreview;
import org.springframework.stereotype.Service;

/**
 * The edition the DNS is about to publish, marked « Projet »: assembled from the published data as
 * the publication would leave them (then forgotten), so that the frozen edition says what the
 * preview said.
 */
@Service
public class BilanPreview {

    private final PublicationPreview preview;
    private final BilanAssembler assembler;
    private final BilanEditionRepository editions;
    private final BilanPdf pdf;

    BilanPreview(PublicationPreview preview, BilanAssembler assembler, BilanEditionRepository editions, BilanPdf pdf) {
        this.preview = preview;
        this.assembler = assembler;
        this.editions = editions;
        this.pdf = pdf;
    }

    /** The draft as a tagged PDF; the period's code comes with it, for the file's name. */
    public Draft draft(CurrentUser admin, String synthesis) {
        Bilan bilan = preview.asIfPublished(admin, synthesis, (period, publication, at) -> {
            // a first publication freezes edition 1; later, the edition the DNS would issue next
            int edition = publication == 1 ? 1 : editions.lastNumber(period) + 1;
            return assembler.assemble(period, at, edition);
        });
        return new Draft(bilan.periodCode(), pdf.renderDraft(bilan));
    }

    /** A draft edition's bytes and its period; the bytes go straight to the response, never compared. */
    @SuppressWarnings("ArrayRecordComponent")
    public record Draft(String periodCode, byte[] pdf) {}
}
