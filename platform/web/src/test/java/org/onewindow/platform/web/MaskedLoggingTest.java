package org.onewindow.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.web.testapp.WebTestApplication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@OneWindowTest(classes = WebTestApplication.class)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class MaskedLoggingTest {

    private static final String RESIDENT_ID = "11010519491231002X";

    @Autowired
    MockMvc mvc;

    @Test
    void resident_ids_in_log_lines_are_masked_in_the_json_log(CapturedOutput output) throws Exception {
        mvc.perform(post("/applicants").header("Authorization", Requests.CLERK)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Wang Fang\",\"residentId\":\"" + RESIDENT_ID + "\"}"))
                .andExpect(status().isAccepted());

        await().atMost(Duration.ofSeconds(5)).until(() -> output.getOut().contains("registering applicant Wang Fang"));
        String line = output.getOut().lines().filter(l -> l.contains("registering applicant Wang Fang"))
                .findFirst().orElseThrow();
        assertThat(line)
                .startsWith("{")
                .contains("with resident ID 110***********002X")
                .doesNotContain(RESIDENT_ID);
        assertThat(output.getAll()).doesNotContain(RESIDENT_ID);
    }
}
