package org.onewindow.intake;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class IntakeApplication {
    public static void main(String[] args) {
        SpringApplication.run(IntakeApplication.class, args);
    }
}
