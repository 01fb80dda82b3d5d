package org.onewindow.platform.objectstore.spring;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ConnectException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.objectstore.ObjectStoreUnavailableException;
import org.onewindow.platform.web.problems.ProblemExceptionHandler;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The 503 problem wins over platform-web's catch-all, which would otherwise answer 500. */
class ObjectStoreProblemHandlerTest {

    @RestController
    static class Uploads {
        @GetMapping("/documents/upload")
        String upload() {
            throw new ObjectStoreUnavailableException("object store unreachable for put x on bucket b",
                    new ConnectException("Connection refused"));
        }

        @GetMapping("/documents/other")
        String other() {
            throw new IllegalStateException("boom");
        }
    }

    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Uploads())
            .setControllerAdvice(new ProblemExceptionHandler(), new ObjectStoreProblemHandler(Duration.ofSeconds(45)))
            .build();

    @Test
    void anUnavailableStoreIsA503ProblemNamingTheObjectStoreWithRetryAfter() throws Exception {
        mvc.perform(get("/documents/upload"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "45"))
                .andExpect(jsonPath("$.type").value("https://onewindow.org/problems/object-store-unavailable"))
                .andExpect(jsonPath("$.title").value("Object store unavailable"))
                .andExpect(jsonPath("$.title_zh").value("文件存储服务暂不可用"))
                .andExpect(jsonPath("$.status").value(503))
                .andExpect(jsonPath("$.instance").value("/documents/upload"))
                .andExpect(jsonPath("$.errors").isArray())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("bucket"))));
    }

    @Test
    void otherFailuresStillReachTheCatchAll() throws Exception {
        mvc.perform(get("/documents/other"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("https://onewindow.org/problems/internal-error"));
    }
}
