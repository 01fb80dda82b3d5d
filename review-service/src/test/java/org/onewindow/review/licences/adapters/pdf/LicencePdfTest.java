package org.onewindow.review.licences.adapters.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.review.licences.domain.LicenceContent;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** The licence PDF read back as a reader would: its text (PDFBox's stripper), its fonts and its QR code (ZXing). */
class LicencePdfTest {

    static final String URL = "https://www.example.gov.cn/api/review/v1/licences/330100-SP-001-2026-000042?code=K7QW3MZP9XTD5RBA";
    static final LicenceContent CONTENT = new LicenceContent("330100-SP-001-2026-000042", "330100-SP-001", "食品经营许可",
            "杭州市西湖区味道餐饮有限公司", "9133***********45X", "SCJGJ", LocalDate.of(2026, 3, 20),
            LocalDate.of(2031, 3, 20), LocalDate.of(2026, 3, 23), "K7QW3MZP9XTD5RBA", URL);

    static byte[] pdf;

    @BeforeAll
    static void render() {
        pdf = new LicencePdf(CjkFonts.load(null)).render(CONTENT);
    }

    @Test
    void the_text_names_holder_item_number_validity_department_and_code_in_chinese() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(text).contains("电子证照", "证照编号", "330100-SP-001-2026-000042", "杭州市西湖区味道餐饮有限公司",
                    "食品经营许可", "有效期至", "2031年3月20日", "2026-03-20", "发证机关", "SCJGJ", "2026年3月23日",
                    "防伪码", "K7QW-3MZP-9XTD-5RBA");
        }
    }

    @Test
    void the_chinese_font_is_embedded_as_a_subset_so_the_pdf_renders_anywhere() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            var resources = doc.getPage(0).getResources();
            boolean embeddedCjk = false;
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font.getName().contains("Droid") || font.getName().contains("Fallback")) {
                    embeddedCjk |= font.isEmbedded();
                    assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+.*");
                }
            }
            assertThat(embeddedCjk).isTrue();
            // about 12 KB: the glyphs of the licence's characters, without the font's 100 KB of vertical metrics
            assertThat(pdf.length).as("a subset, not the 4 MB font").isLessThan(40_000);
        }
    }

    @Test
    void the_qr_code_decodes_to_the_verification_url() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB);
            int[] pixels = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());
            Result result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(page.getWidth(), page.getHeight(), pixels))),
                    Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            assertThat(result.getText()).isEqualTo(URL);
        }
    }

    @Test
    void the_same_content_renders_each_time_with_its_own_code() {
        LicenceContent other = new LicenceContent(CONTENT.number(), CONTENT.itemCode(), CONTENT.itemName(),
                CONTENT.holderName(), CONTENT.holderMaskedIdNumber(), CONTENT.department(), CONTENT.validFrom(),
                CONTENT.validUntil(), CONTENT.issuedOn(), "ABCDEFGHIJKLMNOP", URL.replace("K7QW3MZP9XTD5RBA", "ABCDEFGHIJKLMNOP"));
        byte[] again = new LicencePdf(CjkFonts.load(null)).render(other);
        assertThat(again).isNotEqualTo(pdf);
    }

    /** The font is parsed once per renderer: every later document, also from parallel callers, embeds its own subset. */
    @Test
    void one_renderer_renders_licence_after_licence_also_in_parallel_each_with_its_own_text_and_subset()
            throws Exception {
        LicencePdf renderer = new LicencePdf(CjkFonts.load(null));
        List<String> holders = List.of("杭州市西湖区味道餐饮有限公司", "宁波市鄞州区鲜味小吃店", "温州市鹿城区百味食品商行",
                "绍兴市越城区黄酒饮品店", "嘉兴市南湖区粽香餐饮店", "湖州市吴兴区茶韵食品店");
        ExecutorService callers = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> rendered = new ArrayList<>();
            for (String holder : holders) {
                rendered.add(callers.submit(() -> renderer.render(new LicenceContent(CONTENT.number(),
                        CONTENT.itemCode(), CONTENT.itemName(), holder, CONTENT.holderMaskedIdNumber(),
                        CONTENT.department(), CONTENT.validFrom(), CONTENT.validUntil(), CONTENT.issuedOn(),
                        CONTENT.verificationCode(), URL))));
            }
            for (int i = 0; i < holders.size(); i++) {
                byte[] bytes = rendered.get(i).get(60, TimeUnit.SECONDS);
                try (PDDocument doc = Loader.loadPDF(bytes)) {
                    assertThat(new PDFTextStripper().getText(doc)).contains(holders.get(i), "电子证照", "防伪码");
                }
                assertThat(bytes.length).as("a subset, not the 4 MB font").isLessThan(400_000);
            }
        } finally {
            callers.shutdownNow();
        }
    }
}
