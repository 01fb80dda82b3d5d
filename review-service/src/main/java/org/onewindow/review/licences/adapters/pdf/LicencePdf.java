package org.onewindow.review.licences.adapters.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.onewindow.review.licences.application.LicenceRenderer;
import org.onewindow.review.licences.domain.LicenceContent;
import org.onewindow.review.licences.domain.VerificationCode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The electronic licence as a one-page A4 PDF (Apache PDFBox): title, holder, item, number, validity, issuing
 * department, issue date, the 防伪码 and a QR code (ZXing) of the verification URL, drawn as vector squares. Chinese
 * text uses the CJK TrueType font given (embedded as a subset, so the PDF renders anywhere); ASCII runs use the
 * standard Helvetica. Plain Java: data in, bytes out.
 * <p>
 * The 4 MB font is parsed once, by the constructor, not per licence (that parse took about a second a render). Each
 * render cuts from it a TrueType font of just the characters that licence shows (FontBox's {@code TTFSubsetter}) and
 * embeds that small font whole: a {@code PDType0Font} belongs to one document, and one built from the whole font
 * costs a render about twice as much (docs/benchmarks.md). FontBox reads the parsed font's tables lazily and not
 * thread-safely, so renders take turns on it: thread-safe, one render at a time.
 */
public final class LicencePdf implements LicenceRenderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float MARGIN = 64;
    private static final float QR_SIZE = 150;
    /**
     * The tables a subset keeps: the glyphs and what a PDF reader needs of them (PDFBox keeps the same when it subsets),
     * and cmap, OS/2, post and name, from which PDFBox builds the embedded font's dictionary. The rest of the font's
     * tables (vertical metrics, layout) would be copied whole: 100 KB a licence.
     */
    private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp", "cmap", "OS/2", "post", "name");

    /** Parsed once; renders lock it (see the class comment). */
    private final TrueTypeFont cjkFont;

    /** @param cjkFont a TrueType (glyf) font with CJK glyphs, e.g. Droid Sans Fallback ({@link CjkFonts}) */
    public LicencePdf(byte[] cjkFont) {
        Objects.requireNonNull(cjkFont, "cjkFont");
        try {
            this.cjkFont = new TTFParser().parse(new RandomAccessReadBuffer(cjkFont.clone()));
        } catch (IOException e) {
            throw new UncheckedIOException("the CJK font could not be parsed as TrueType", e);
        }
    }

    @Override
    public byte[] render(LicenceContent c) {
        synchronized (cjkFont) {
            return renderAlone(c);
        }
    }

    private byte[] renderAlone(LicenceContent c) {
        List<Text> texts = layout(c);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            // this document's font: the CJK font cut down to this licence's characters, embedded whole
            Fonts fonts = new Fonts(PDType0Font.load(doc, new ByteArrayInputStream(cjkSubset(texts)), false),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("电子证照 " + c.number());
            info.setSubject(c.itemName());
            info.setCreator("OneWindow review-service");
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setLineWidth(2);
                cs.addRect(MARGIN / 2, MARGIN / 2, PAGE.getWidth() - MARGIN, PAGE.getHeight() - MARGIN);
                cs.stroke();
                for (Text text : texts) {
                    float x = text.centred() ? (PAGE.getWidth() - fonts.width(text.text(), text.size())) / 2 : text.x();
                    text(cs, fonts, text.text(), text.size(), x, text.y());
                }
                qr(cs, c.verificationUrl(), MARGIN, MARGIN, QR_SIZE);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("licence " + c.number() + " could not be rendered", e);
        }
    }

    /** One run of text on the page, at (x, y) or centred on the page at height y. */
    private record Text(String text, float size, float x, float y, boolean centred) {

        static Text at(String text, float size, float x, float y) {
            return new Text(text, size, x, y, false);
        }

        static Text centred(String text, float size, float y) {
            return new Text(text, size, 0, y, true);
        }
    }

    /** Everything the page says, and where; the QR code and the frame are drawn apart. */
    private static List<Text> layout(LicenceContent c) {
        float top = PAGE.getHeight() - MARGIN;
        List<Text> texts = new ArrayList<>();
        texts.add(Text.centred("电子证照", 28, top - 20));
        texts.add(Text.centred("Electronic Licence", 12, top - 42));
        texts.add(Text.centred(valueOr(c.itemName()), 18, top - 80));
        float y = top - 140;
        for (Map.Entry<String, String> line : lines(c).entrySet()) {
            texts.add(Text.at(line.getKey(), 12, MARGIN, y));
            texts.add(Text.at(line.getValue(), 12, MARGIN + 150, y));
            y -= 26;
        }
        float x = MARGIN + QR_SIZE + 24;
        float qrTop = MARGIN + QR_SIZE;
        texts.add(Text.at("防伪码 Verification code", 12, x, qrTop - 20));
        texts.add(Text.at(VerificationCode.grouped(c.verificationCode()), 16, x, qrTop - 44));
        texts.add(Text.at("扫码或访问核验 Scan or visit to verify:", 9, x, qrTop - 76));
        texts.add(Text.at(c.verificationUrl().replaceFirst("\\?code=.*$", ""), 7, x, qrTop - 90));
        return texts;
    }

    /**
     * The CJK font cut down to the characters of {@code texts} that it draws, as TrueType bytes named with a subset
     * tag. Loading the whole font into a document made PDFBox build the widths of all its ~49,000 glyphs and subset
     * them again on save: about half of a render's CPU.
     */
    private byte[] cjkSubset(List<Text> texts) throws IOException {
        TTFSubsetter subsetter = new TTFSubsetter(cjkFont, SUBSET_TABLES);
        SortedSet<Integer> codePoints = new TreeSet<>();
        for (Text text : texts) {
            text.text().codePoints().filter(cp -> !Fonts.latin(cp)).forEach(codePoints::add);
        }
        codePoints.forEach(subsetter::add);
        subsetter.setPrefix(subsetTag(codePoints));
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        subsetter.writeToStream(out);
        return out.toByteArray();
    }

    /** Six capital letters and a plus (ISO 32000-1, 9.6.4), the same for the same characters. */
    private static String subsetTag(SortedSet<Integer> codePoints) {
        long hash = Integer.toUnsignedLong(codePoints.hashCode() * 31 + codePoints.size());
        StringBuilder tag = new StringBuilder(7);
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + hash % 26));
            hash /= 26;
        }
        return tag.append('+').toString();
    }

    private static Map<String, String> lines(LicenceContent c) {
        Map<String, String> lines = new java.util.LinkedHashMap<>();
        lines.put("证照编号 Number", c.number());
        lines.put("持证主体 Holder", valueOr(c.holderName()));
        if (c.holderMaskedIdNumber() != null) {
            lines.put("证件号码 ID (masked)", c.holderMaskedIdNumber());
        }
        lines.put("许可事项 Item", valueOr(c.itemName()) + " (" + valueOr(c.itemCode()) + ")");
        lines.put("有效期自 Valid from", date(c.validFrom()));
        lines.put("有效期至 Valid until", c.validUntil() == null ? "长期 (no expiry)" : date(c.validUntil()));
        lines.put("发证机关 Issued by", valueOr(c.department()));
        lines.put("发证日期 Issued on", date(c.issuedOn()));
        return lines;
    }

    private static String date(LocalDate day) {
        return day == null ? "-" : DATE.format(day) + " (" + day + ")";
    }

    private static String valueOr(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }

    /** Writes {@code text} at (x, y), switching between the Latin and the CJK font per run of characters. */
    private static void text(PDPageContentStream cs, Fonts fonts, String text, float size, float x, float y)
            throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, y);
        int i = 0;
        while (i < text.length()) {
            boolean latin = Fonts.latin(text.charAt(i));
            int end = i;
            while (end < text.length() && Fonts.latin(text.charAt(end)) == latin) {
                end++;
            }
            cs.setFont(latin ? fonts.latin() : fonts.cjk(), size);
            cs.showText(text.substring(i, end));
            i = end;
        }
        cs.endText();
    }

    /** The QR code (error correction M, ZXing's encoder) as filled squares, {@code size} points wide with its margin. */
    private static void qr(PDPageContentStream cs, String content, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("verification URL does not fit a QR code: " + content.length() + " chars", e);
        }
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    cs.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        cs.fill();
    }

    private record Fonts(PDFont cjk, PDFont latin) {

        static boolean latin(int c) {
            return c >= 0x20 && c < 0x7f;
        }

        float width(String text, float size) throws IOException {
            float total = 0;
            for (int i = 0; i < text.length(); i++) {
                String ch = String.valueOf(text.charAt(i));
                total += (latin(text.charAt(i)) ? latin : cjk).getStringWidth(ch);
            }
            return total / 1000 * size;
        }
    }
}
