package org.onewindow.platform.objectstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.objectstore.ContentSniffer.Type;

/** Real minimal files of each kind, made here, and look-alikes that must not pass. */
class ContentSnifferTest {

    @Test
    void aMinimalValidPdfIsPdf() {
        byte[] pdf = minimalPdf();
        assertThat(ContentSniffer.sniff(pdf)).isEqualTo(Type.PDF);
        assertThat(Type.PDF.mediaType()).isEqualTo("application/pdf");
    }

    @Test
    void imagesWrittenByImageIoAreRecognised() throws IOException {
        assertThat(ContentSniffer.sniff(image("png"))).isEqualTo(Type.PNG);
        assertThat(ContentSniffer.sniff(image("jpeg"))).isEqualTo(Type.JPEG);
        assertThat(Type.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(Type.PNG.mediaType()).isEqualTo("image/png");
    }

    @Test
    void anOfdPackageWithOfdXmlAtItsRootIsOfd() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("OFD.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" "
                + "Version=\"1.0\" DocType=\"OFD\"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>"
                + "</ofd:DocBody></ofd:OFD>");
        entries.put("Doc_0/Document.xml", "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"/>");
        assertThat(ContentSniffer.sniff(zip(entries))).isEqualTo(Type.OFD);
        assertThat(Type.OFD.mediaType()).isEqualTo("application/ofd");
    }

    @Test
    void ofdXmlAfterOtherEntriesIsStillFound() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("Doc_0/Document.xml", "<ofd:Document/>");
        entries.put("Doc_0/Pages/Page_0/Content.xml", "<ofd:Page/>");
        entries.put("OFD.xml", "<ofd:OFD/>");
        assertThat(ContentSniffer.sniff(zip(entries))).isEqualTo(Type.OFD);
    }

    @Test
    void zipsWithoutARootOfdXmlAreNotOfd() throws IOException {
        assertThat(ContentSniffer.sniff(zip(Map.of("readme.txt", "hello")))).as("plain zip").isEqualTo(Type.UNKNOWN);
        Map<String, String> docx = new LinkedHashMap<>();
        docx.put("[Content_Types].xml", "<Types/>");
        docx.put("_rels/.rels", "<Relationships/>");
        docx.put("word/document.xml", "<w:document/>");
        assertThat(ContentSniffer.sniff(zip(docx))).as("docx").isEqualTo(Type.UNKNOWN);
        assertThat(ContentSniffer.sniff(zip(Map.of("Doc_0/OFD.xml", "<ofd:OFD/>")))).as("OFD.xml not at the root")
                .isEqualTo(Type.UNKNOWN);
        assertThat(ContentSniffer.sniff(zip(Map.of("xOFD.xml", "<ofd:OFD/>")))).isEqualTo(Type.UNKNOWN);
    }

    @Test
    void executablesHtmlTextAndEmptyContentAreUnknown() {
        byte[] exe = new byte[128];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[60] = 64;
        System.arraycopy("PE\0\0".getBytes(StandardCharsets.US_ASCII), 0, exe, 64, 4);
        assertThat(ContentSniffer.sniff(exe)).as("exe").isEqualTo(Type.UNKNOWN);
        assertThat(ContentSniffer.sniff("<!DOCTYPE html><html><body>%PDF-</body></html>".getBytes(StandardCharsets.UTF_8)))
                .as("html mentioning a signature later").isEqualTo(Type.UNKNOWN);
        assertThat(ContentSniffer.sniff(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).as("not at the start")
                .isEqualTo(Type.UNKNOWN);
        assertThat(ContentSniffer.sniff(new byte[0])).isEqualTo(Type.UNKNOWN);
    }

    @Test
    void truncatedSignaturesAndTruncatedZipsAreUnknown() throws IOException {
        byte[] png = image("png");
        assertThat(ContentSniffer.sniff(Arrays.copyOf(png, 7))).isEqualTo(Type.UNKNOWN);
        assertThat(ContentSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEqualTo(Type.UNKNOWN);
        byte[] ofd = zip(Map.of("OFD.xml", "<ofd:OFD/>"));
        assertThat(ContentSniffer.sniff(ofd, 20)).as("the head ends inside the first local header").isEqualTo(Type.UNKNOWN);
        assertThat(ContentSniffer.sniff(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3})).isEqualTo(Type.UNKNOWN);
    }

    @Test
    void sniffingAStreamReadsOnlyItsHead() throws IOException {
        byte[] pdf = minimalPdf();
        byte[] big = Arrays.copyOf(pdf, ContentSniffer.HEAD_BYTES * 3);
        ByteArrayInputStream in = new ByteArrayInputStream(big);
        assertThat(ContentSniffer.sniff(in)).isEqualTo(Type.PDF);
        assertThat(in.available()).isEqualTo(big.length - ContentSniffer.HEAD_BYTES);
    }

    /** A one-page PDF with a correct cross-reference table (offsets computed), as small as PDF allows. */
    static byte[] minimalPdf() {
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"};
        StringBuilder out = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = out.length();
            out.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            out.append(String.format("%010d 00000 n \n", offset));
        }
        out.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).as("ImageIO writes " + format).isTrue();
        return out.toByteArray();
    }

    static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
