package org.onewindow.intake.documents.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void folders_and_the_claimed_extension_go_the_real_type_names_it() {
        assertThat(FileNames.of("C:\\scans\\营业执照.pdf", DocumentType.JPEG)).isEqualTo("营业执照.jpg");
        assertThat(FileNames.of("../../etc/passwd", DocumentType.PDF)).isEqualTo("passwd.pdf");
        assertThat(FileNames.of("floor plan.v2.PDF", DocumentType.PDF)).isEqualTo("floor plan.v2.pdf");
    }

    @Test
    void control_and_reserved_characters_are_dropped_and_an_empty_name_becomes_document() {
        assertThat(FileNames.of("a\r\nb<c>:\"d|?*.png", DocumentType.PNG)).isEqualTo("abcd.png");
        assertThat(FileNames.of(null, DocumentType.OFD)).isEqualTo("document.ofd");
        assertThat(FileNames.of("   ", DocumentType.PDF)).isEqualTo("document.pdf");
        assertThat(FileNames.of("...", DocumentType.PDF)).isEqualTo("document.pdf");
    }

    @Test
    void a_long_name_is_cut_to_the_limit_with_its_extension() {
        String name = FileNames.of("审".repeat(500) + ".pdf", DocumentType.PDF);
        assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX);
        assertThat(name).endsWith("审.pdf");
    }
}
