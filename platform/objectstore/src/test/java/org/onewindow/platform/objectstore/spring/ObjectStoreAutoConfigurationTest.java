package org.onewindow.platform.objectstore.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.objectstore.Encryption;
import org.onewindow.platform.objectstore.ObjectStore;
import org.onewindow.platform.objectstore.S3ObjectStore;
import org.onewindow.platform.test.EmbeddedObjectStore;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

class ObjectStoreAutoConfigurationTest {

    private static String[] properties(String bucket) {
        return EmbeddedObjectStore.shared().properties(bucket).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ObjectStoreAutoConfiguration.class));

    @Test
    void anEndpointGivesAStoreThatCreatedItsBucketAndPrefixesKeysWithTheServiceName() {
        runner.withPropertyValues(properties("autoconfig-test"))
                .withPropertyValues("spring.application.name=intake", "onewindow.objectstore.encryption=sse-kms",
                        "onewindow.objectstore.kms-key-id=key-1")
                .run(context -> {
                    ObjectStore store = context.getBean(ObjectStore.class);
                    S3ObjectStore s3 = (S3ObjectStore) store;
                    assertThat(s3.settings().prefix()).isEqualTo("intake/");
                    assertThat(s3.settings().bucket()).isEqualTo("autoconfig-test");
                    assertThat(s3.settings().encryption()).isEqualTo(Encryption.SSE_KMS);
                    assertThat(s3.settings().kmsKeyId()).isEqualTo("key-1");
                    assertThat(context.getBean(ObjectStoreProperties.class).toString()).doesNotContain("secret");
                });
    }

    @Test
    void aStoreWithoutEncryptionStoresAndFindsObjects() {
        runner.withPropertyValues(properties("autoconfig-test"))
                .withPropertyValues("spring.application.name=intake")
                .run(context -> {
                    ObjectStore store = context.getBean(ObjectStore.class);
                    store.put("a/b", new ByteArrayInputStream(new byte[] {1}), 1, "image/png");
                    assertThat(store.exists("a/b")).isTrue();
                    assertThat(context).doesNotHaveBean(ObjectStoreProblemHandler.class);
                });
    }

    @Test
    void anExplicitPrefixWins() {
        runner.withPropertyValues(properties("autoconfig-test"))
                .withPropertyValues("spring.application.name=intake", "onewindow.objectstore.prefix=shared/intake")
                .run(context -> assertThat(context.getBean(S3ObjectStore.class).settings().prefix())
                        .isEqualTo("shared/intake/"));
    }

    @Test
    void withoutAnEndpointThereIsNoStore() {
        runner.run(context -> assertThat(context).doesNotHaveBean(ObjectStore.class));
    }

    @Test
    void webApplicationsGetThe503Mapping() {
        new WebApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ObjectStoreAutoConfiguration.class))
                .run(context -> assertThat(context).hasSingleBean(ObjectStoreProblemHandler.class));
    }

    @Test
    void aStoreDownAtStartDoesNotKeepTheServiceDown() {
        runner.withPropertyValues("onewindow.objectstore.endpoint=http://127.0.0.1:9", "onewindow.objectstore.create-bucket=true",
                        "onewindow.objectstore.access-key=a", "onewindow.objectstore.secret-key=b",
                        "onewindow.objectstore.connect-timeout=200ms")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(ObjectStore.class));
    }
}
