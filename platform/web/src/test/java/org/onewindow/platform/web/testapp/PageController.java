package org.onewindow.platform.web.testapp;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** An HTML page like the catalog's guide (inline style), and a JSON answer a controller marks cacheable. */
@RestController
public class PageController {

    @GetMapping(value = "/page", produces = MediaType.TEXT_HTML_VALUE)
    public String page() {
        return "<!doctype html><html><head><style>body{margin:auto}</style></head><body>guide</body></html>";
    }

    @GetMapping("/cacheable")
    public ResponseEntity<String> cacheable() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)).cachePublic())
                .contentType(MediaType.APPLICATION_JSON).body("{\"open\":true}");
    }
}
