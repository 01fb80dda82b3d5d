package org.onewindow.platform.objectstore.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.objectstore.ObjectContent;
import org.onewindow.platform.objectstore.ObjectStore;
import org.onewindow.platform.objectstore.S3ObjectStore;
import org.onewindow.platform.test.EmbeddedObjectStore;
import org.onewindow.platform.test.OneWindowTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

/** A {@code @OneWindowTest} context that asks for {@code onewindow.objectstore.*} gets the JVM's embedded store. */
@OneWindowTest(classes = OneWindowTestObjectStoreTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.application.name=review")
class OneWindowTestObjectStoreTest {

    @SpringBootConfiguration
    @ImportAutoConfiguration(ObjectStoreAutoConfiguration.class)
    static class App {
    }

    @Autowired
    ObjectStore store;

    @Autowired
    Environment environment;

    @Test
    void theContextIsPointedAtTheEmbeddedStoreInABucketOfItsOwn() throws Exception {
        S3ObjectStore s3 = (S3ObjectStore) store;
        assertThat(s3.settings().endpoint()).isEqualTo(EmbeddedObjectStore.shared().endpoint());
        assertThat(s3.settings().bucket()).startsWith("onewindow-test-c")
                .isEqualTo("onewindow-test-" + environment.getProperty("onewindow.test.context-id"));
        assertThat(s3.settings().prefix()).isEqualTo("review/");

        store.put("licences/L1.pdf", new ByteArrayInputStream("%PDF-1.7".getBytes()), 8, "application/pdf");
        try (ObjectContent content = store.get("licences/L1.pdf")) {
            assertThat(content.stream().readAllBytes()).asString().isEqualTo("%PDF-1.7");
        }
    }
}
