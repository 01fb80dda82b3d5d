package org.onewindow.review.licences.adapters.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;

import org.apache.fontbox.ttf.TTFParser;
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
 * The 4 MB font is parsed once, by the constructor, not per licence (that parse took about a second a render). A
 * {@code PDType0Font} belongs to one document, so each render builds its own from the parsed font, and PDFBox
 * subsets it when the document is saved. FontBox reads the parsed font's tables lazily and not thread-safely, so
 * renders take turns on it: thread-safe, one render at a time.
 */
public final class LicencePdf implements LicenceRenderer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final float MARGIN = 64;

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
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            // this document's font, embedded as a subset; closing the document leaves the shared font open
            Fonts fonts = new Fonts(PDType0Font.load(doc, cjkFont, true),
                    new PDType1Font(Standard14Fonts.FontName.HELVETICA));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("电子证照 " + c.number());
            info.setSubject(c.itemName());
            info.setCreator("OneWindow review-service");
            float width = page.getMediaBox().getWidth();
            float top = page.getMediaBox().getHeight() - MARGIN;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setLineWidth(2);
                cs.addRect(MARGIN / 2, MARGIN / 2, width - MARGIN, page.getMediaBox().getHeight() - MARGIN);
                cs.stroke();
                centred(cs, fonts, "电子证照", 28, width, top - 20);
                centred(cs, fonts, "Electronic Licence", 12, width, top - 42);
                centred(cs, fonts, valueOr(c.itemName()), 18, width, top - 80);
                float y = top - 140;
                for (Map.Entry<String, String> line : lines(c).entrySet()) {
                    text(cs, fonts, line.getKey(), 12, MARGIN, y);
                    text(cs, fonts, line.getValue(), 12, MARGIN + 150, y);
                    y -= 26;
                }
                float qrSize = 150;
                qr(cs, c.verificationUrl(), MARGIN, MARGIN, qrSize);
                text(cs, fonts, "防伪码 Verification code", 12, MARGIN + qrSize + 24, MARGIN + qrSize - 20);
                text(cs, fonts, VerificationCode.grouped(c.verificationCode()), 16, MARGIN + qrSize + 24,
                        MARGIN + qrSize - 44);
                text(cs, fonts, "扫码或访问核验 Scan or visit to verify:", 9, MARGIN + qrSize + 24, MARGIN + qrSize - 76);
                text(cs, fonts, c.verificationUrl().replaceFirst("\\?code=.*$", ""), 7, MARGIN + qrSize + 24,
                        MARGIN + qrSize - 90);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("licence " + c.number() + " could not be rendered", e);
        }
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

    private static void centred(PDPageContentStream cs, Fonts fonts, String text, float size, float pageWidth, float y)
            throws IOException {
        text(cs, fonts, text, size, (pageWidth - fonts.width(text, size)) / 2, y);
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

        static boolean latin(char c) {
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
