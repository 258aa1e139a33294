package fr.gouv.sante.jalons.bilan.domain;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.springframework.core.io.ClassPathResource;

/**
 * The fonts embedded in the bilan's PDF, and what they can print. A PDF/UA document may not fall
 * back on a font it does not embed, so a character that none of them draws is written as a visible
 * replacement naming its code point ("[caractère non imprimable U+1F680]") instead of a "#" or a
 * failed edition. Prose (regular, bold, italic) is checked against every face it may be set in;
 * code is set in the monospace font and falls back on the prose font for what that lacks.
 */
final class BilanFonts {

    static final String SANS = "DejaVu Sans";
    static final String MONO = "DejaVu Sans Mono";

    // a font file read once and handed to the renderer as it is; never compared
    @SuppressWarnings("ArrayRecordComponent")
    private record Face(String path, String family, int weight, FontStyle style, byte[] bytes) {}

    private final List<Face> faces = new ArrayList<>();
    private final List<CmapLookup> prose = new ArrayList<>();

    BilanFonts() {
        add("fonts/DejaVuSans.ttf", SANS, 400, FontStyle.NORMAL);
        add("fonts/DejaVuSans-Bold.ttf", SANS, 700, FontStyle.NORMAL);
        add("fonts/DejaVuSans-Oblique.ttf", SANS, 400, FontStyle.ITALIC);
        add("fonts/DejaVuSansMono.ttf", MONO, 400, FontStyle.NORMAL);
        add("fonts/DejaVuSansMono-Bold.ttf", MONO, 700, FontStyle.NORMAL);
    }

    private void add(String path, String family, int weight, FontStyle style) {
        try {
            byte[] bytes = new ClassPathResource(path).getContentAsByteArray();
            faces.add(new Face(path, family, weight, style, bytes));
            if (family.equals(SANS)) {
                try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                    prose.add(font.getUnicodeCmapLookup());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Gives every face to the renderer, embedded as a subset. */
    void register(PdfRendererBuilder builder) {
        for (Face face : faces) {
            builder.useFont(
                    () -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(), face.style(), true);
        }
    }

    /** Whether every prose face draws this character (code falls back on them). */
    boolean printable(int codePoint) {
        return prose.stream().allMatch(cmap -> cmap.getGlyphId(codePoint) != 0);
    }

    /**
     * The text with each character no embedded font draws replaced by {@code replacement} of its
     * code point; line breaks and tabs are kept, invisible format characters that no font draws
     * (variation selectors, joiners) are dropped, since they print nothing anyway.
     */
    String printableText(String text, IntFunction<String> replacement) {
        StringBuilder out = new StringBuilder(text.length());
        withoutCharacterReferences(text).codePoints().forEach(codePoint -> {
            if (codePoint < 0x20 || printable(codePoint)) {
                out.appendCodePoint(codePoint);
            } else if (!invisible(codePoint)) {
                out.append(replacement.apply(codePoint));
            }
        });
        return out.toString();
    }

    /**
     * The sanitiser writes some characters (emoji among them) as numeric references: they are
     * written out as characters, so that they are checked like any other. Those that mean markup
     * stay references.
     */
    static String withoutCharacterReferences(String xhtml) {
        return REFERENCE.matcher(xhtml).replaceAll(match -> {
            String number = match.group(1);
            int codePoint;
            try {
                codePoint = number.startsWith("x") || number.startsWith("X")
                        ? Integer.parseInt(number.substring(1), 16)
                        : Integer.parseInt(number);
            } catch (NumberFormatException e) {
                return Matcher.quoteReplacement(match.group());
            }
            boolean markup = codePoint == '<'
                    || codePoint == '>'
                    || codePoint == '&'
                    || codePoint == '"'
                    || codePoint == '\''
                    || codePoint < 0x20;
            return Matcher.quoteReplacement(
                    markup || !Character.isValidCodePoint(codePoint)
                            ? match.group()
                            : new String(Character.toChars(codePoint)));
        });
    }

    private static final Pattern REFERENCE = Pattern.compile("&#([xX][0-9a-fA-F]{1,6}|[0-9]{1,7});");

    private static boolean invisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF);
    }
}
