package org.onewindow.supervision.draws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.onewindow.supervision.support.SupervisionIntegrationTest;
import org.springframework.http.MediaType;

class DrawApiTest extends SupervisionIntegrationTest {

    private final String department = "DRAW-" + UUID.randomUUID().toString().substring(0, 8);

    private String drawBody(Long seed) {
        return "{\"department\":\"" + department + "\",\"holdersCount\":2,\"inspectorsCount\":2,"
                + "\"inspectorPool\":[\"ins-1\",\"ins-2\",\"ins-3\"]" + (seed == null ? "" : ",\"seed\":" + seed) + "}";
    }

    @Test
    void a_draw_is_recorded_with_its_seed_and_the_same_seed_draws_the_same_holders_and_inspectors() throws Exception {
        for (int i = 0; i < 4; i++) {
            claimedRecord(newCaseNumber("DRAW"), department, "sup-d");
        }
        String supervisor = bearer("sup-d", "SUPERVISOR", department);

        String first = mvc.perform(post("/api/supervision/v1/draws").header("Authorization", supervisor)
                        .contentType(MediaType.APPLICATION_JSON).content(drawBody(null)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString("/api/supervision/v1/draws/")))
                .andExpect(jsonPath("$.candidates.length()").value(4))
                .andExpect(jsonPath("$.holders.length()").value(2))
                .andExpect(jsonPath("$.inspectors.length()").value(2))
                .andReturn().getResponse().getContentAsString();
        long seed = ((Number) read(first, "$.seed")).longValue();

        String again = mvc.perform(post("/api/supervision/v1/draws").header("Authorization", supervisor)
                        .contentType(MediaType.APPLICATION_JSON).content(drawBody(seed)))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) read(again, "$.holders")).isEqualTo(read(first, "$.holders"));
        assertThat((List<String>) read(again, "$.inspectors")).isEqualTo(read(first, "$.inspectors"));

        mvc.perform(get("/api/supervision/v1/draws/" + read(first, "$.id")).header("Authorization", monitor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seed").value(seed));
    }

    @Test
    void drawing_more_holders_than_claimed_records_is_a_problem_naming_the_field() throws Exception {
        mvc.perform(post("/api/supervision/v1/draws").header("Authorization", bearer("sup-d", "SUPERVISOR", department))
                        .contentType(MediaType.APPLICATION_JSON).content(drawBody(7L)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", hasItem("holdersCount")));
    }

    @Test
    void a_supervisor_cannot_draw_for_another_department() throws Exception {
        mvc.perform(post("/api/supervision/v1/draws").header("Authorization", supervisor("sup-1"))
                        .contentType(MediaType.APPLICATION_JSON).content(drawBody(7L)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type", containsString("supervision.wrong-department")));
    }
}
