package org.onewindow.intake.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** The type comes from the bytes: four kinds taken, everything else refused whatever its name. */
class DocumentTypeTest {

    static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    }

    static byte[] png() {
        return new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    }

    static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static DocumentType sniffed(byte[] bytes) {
        return DocumentType.sniff(bytes, bytes.length).orElse(null);
    }

    @Test
    void pdf_jpeg_png_and_ofd_are_recognised_from_their_first_bytes() throws IOException {
        assertThat(sniffed(pdf())).isEqualTo(DocumentType.PDF);
        assertThat(sniffed(jpeg())).isEqualTo(DocumentType.JPEG);
        assertThat(sniffed(png())).isEqualTo(DocumentType.PNG);
        assertThat(sniffed(zip("OFD.xml"))).isEqualTo(DocumentType.OFD);
    }

    @Test
    void an_executable_a_plain_zip_a_text_and_an_empty_file_are_none_of_them() throws IOException {
        assertThat(sniffed(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0})).isNull();
        assertThat(sniffed(zip("word/document.xml"))).isNull();
        assertThat(sniffed("PDF-1.7 but not at the start".getBytes(StandardCharsets.US_ASCII))).isNull();
        assertThat(sniffed(new byte[0])).isNull();
    }

    @Test
    void only_the_bytes_read_count_not_the_rest_of_the_buffer() {
        byte[] buffer = new byte[DocumentType.HEAD_BYTES];
        System.arraycopy(pdf(), 0, buffer, 0, 5);
        assertThat(DocumentType.sniff(buffer, 3)).isEmpty();
        assertThat(DocumentType.sniff(buffer, 5)).contains(DocumentType.PDF);
    }

    @Test
    void each_type_names_its_media_type() {
        assertThat(DocumentType.PDF.mediaType()).isEqualTo("application/pdf");
        assertThat(DocumentType.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(DocumentType.PNG.mediaType()).isEqualTo("image/png");
        assertThat(DocumentType.OFD.mediaType()).isEqualTo("application/ofd");
    }
}
