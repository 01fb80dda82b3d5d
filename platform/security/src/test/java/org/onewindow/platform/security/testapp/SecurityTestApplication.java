package org.onewindow.platform.security.testapp;

import java.util.Map;

import org.onewindow.platform.kernel.Actor;
import org.onewindow.platform.security.CurrentActor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A stand-in service: one protected, one role-restricted and one public endpoint. */
@SpringBootApplication
public class SecurityTestApplication {

    @RestController
    static class Endpoints {
        private final CurrentActor currentActor;

        Endpoints(CurrentActor currentActor) {
            this.currentActor = currentActor;
        }

        @GetMapping("/api/test/v1/me")
        Actor me() {
            return currentActor.current();
        }

        @GetMapping("/api/test/v1/reviews")
        @PreAuthorize("hasRole('REVIEWER')")
        Map<String, String> reviews() {
            return Map.of("reviewer", currentActor.current().userId());
        }

        @GetMapping("/api/test/v1/guides/{itemCode}")
        Map<String, Object> guide(@PathVariable String itemCode) {
            return Map.of("itemCode", itemCode, "anonymous", currentActor.find().isEmpty());
        }
    }
}
