package org.onewindow.catalog.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.imports.adapters.file.CsvCatalogFormat;
import org.springframework.mock.web.MockMultipartFile;

/** CSV import through the admin endpoint: the JSON import's validation and its all-or-nothing report. */
class CatalogCsvImportTest extends CatalogIntegrationTest {

    private static final String HEADER = String.join(",", CsvCatalogFormat.COLUMNS) + "\n";

    private static String row(String code, String name, String supervising, String promised) {
        return code + ",2025-01-01,000500,11330100MB0500-01," + name + ",PUBLIC_SERVICE,\"《某条例》第五条, 第六条\","
                + "CULTURE,文旅局公共服务科," + supervising + ",CITY,TOWN:EXTENDED:,有场地,"
                + "APPLICATION-FORM:申请表:Y:1:0:N:|SITE-PHOTO:场地照片:N:0:1:Y:," + promised + ",20,N,,"
                + "SERIAL,Y,CULTURE,WINDOW|ONLINE,OTHER,0\n";
    }

    @Test
    void a_csv_file_is_imported_and_its_items_published() throws Exception {
        mvc.perform(post("/api/catalog/v1/imports").header("Authorization", ADMIN).contentType("text/csv")
                        .content(HEADER + row("CSV-LIBRARY-CARD", "图书馆读者证办理", "CULTURE", "3")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.items").value(1));

        mvc.perform(get("/api/catalog/v1/items/CSV-LIBRARY-CARD").header("Authorization", CLERK))
                .andExpect(jsonPath("$.current.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.current.definition.legalBasis").value("《某条例》第五条, 第六条"))
                .andExpect(jsonPath("$.current.definition.materials[1].deferrable").value(true))
                .andExpect(jsonPath("$.current.definition.route.mode").value("SERIAL"));
    }

    @Test
    void a_csv_file_with_a_bad_row_reports_every_problem_and_writes_nothing() throws Exception {
        String file = HEADER + row("CSV-GOOD-ROW", "体育场馆开放预约", "CULTURE", "3")
                + row("CSV-BAD-ROW", "坏行", "NOBODY", "many");
        MockMultipartFile part = new MockMultipartFile("file", "catalog.csv", "application/octet-stream",
                file.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/catalog/v1/imports").file(part).header("Authorization", ADMIN))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.written").value(false))
                .andExpect(jsonPath("$.rejected.length()").value(1))
                .andExpect(jsonPath("$.rejected[0].index").value(1))
                .andExpect(jsonPath("$.rejected[0].key").value("CSV-BAD-ROW"))
                .andExpect(jsonPath("$.rejected[0].violations[*].rule").value(Matchers.hasItems(
                        "import.csv-format", "item.department-exists", "item.promised-limit-positive")));

        mvc.perform(get("/api/catalog/v1/items/CSV-GOOD-ROW").header("Authorization", CLERK))
                .andExpect(status().isNotFound());
    }
}
