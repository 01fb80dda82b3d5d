package org.onewindow.platform.web.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.tags.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.web.method.HandlerMethod;

/** The capability tag table and how it replaces springdoc's controller tags. */
class CapabilityTagsTest {

    private final CapabilityTags tags = CapabilityTags.load();
    private final CapabilityTagOperationCustomizer customizer = new CapabilityTagOperationCustomizer(tags);

    @Test
    void every_tag_is_named_in_chinese_and_english_and_described() {
        assertThat(tags.all()).hasSizeGreaterThanOrEqualTo(18).allSatisfy(tag -> {
            assertThat(tag.getName()).as("name of %s", tag).matches("\\p{IsHan}+ [A-Z][A-Za-z -]+");
            assertThat(tag.getDescription()).as("description of %s", tag.getName()).isNotBlank();
        });
        assertThat(tags.all()).extracting(Tag::getName).doesNotHaveDuplicates();
    }

    @Test
    void an_operation_of_a_listed_controller_gets_its_capability_tag_and_the_document_lists_used_tags_in_table_order() throws Exception {
        Operation submit = customizer.customize(new Operation().tags(List.of("application-controller")),
                new HandlerMethod(new ApplicationController(), ApplicationController.class.getMethod("submit")));
        Operation track = customizer.customize(new Operation().tags(List.of("tracking-controller")),
                new HandlerMethod(new TrackingController(), TrackingController.class.getMethod("track")));
        Operation other = customizer.customize(new Operation().tags(List.of("unlisted-controller")),
                new HandlerMethod(new UnlistedController(), UnlistedController.class.getMethod("get")));
        assertThat(submit.getTags()).containsExactly("办件受理 Applications");
        assertThat(track.getTags()).containsExactly("办件查询 Public tracking");
        assertThat(other.getTags()).as("no row: springdoc's tag stays").containsExactly("unlisted-controller");

        OpenAPI document = new OpenAPI().paths(new Paths()
                .addPathItem("/t", new PathItem().get(track))
                .addPathItem("/o", new PathItem().get(other))
                .addPathItem("/a", new PathItem().post(submit)))
                .tags(List.of(new Tag().name("application-controller")));
        customizer.customise(document);

        assertThat(document.getTags()).extracting(Tag::getName)
                .containsExactly("办件受理 Applications", "办件查询 Public tracking", "unlisted-controller");
        assertThat(document.getTags().getFirst().getDescription()).contains("Idempotency-Key");
    }

    static class ApplicationController {
        public void submit() {
        }
    }

    static class TrackingController {
        public void track() {
        }
    }

    static class UnlistedController {
        public void get() {
        }
    }
}
