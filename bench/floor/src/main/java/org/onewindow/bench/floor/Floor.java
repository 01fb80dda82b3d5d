package org.onewindow.bench.floor;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * One GET on catalog's path, answered from memory: what Spring Boot itself costs per request on a machine, with
 * (profile {@code jwt}: Spring Security's stock resource server) or without a bearer token check.
 */
@SpringBootApplication
@RestController
public class Floor {

    public static void main(String[] args) {
        SpringApplication.run(Floor.class, args);
    }

    @GetMapping("/api/catalog/v1/items/{code}")
    Map<String, Object> item(@PathVariable String code) {
        return Map.of("code", code, "name", "食品经营许可", "statutoryDays", 20, "department", "市场监管局");
    }
}
