package org.onewindow.intake.applications.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.onewindow.intake.catalog.domain.ItemVersion;

import tools.jackson.databind.json.JsonMapper;

class ItemSnapshotsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AtomicInteger parses = new AtomicInteger();
    private final ItemSnapshots snapshots = new ItemSnapshots(json -> {
        parses.incrementAndGet();
        return JSON.readValue(json, ItemVersion.class);
    });

    @Test
    void one_stored_text_is_parsed_once_and_its_version_shared() {
        ItemVersion first = snapshots.read(snapshot("FOOD-BIZ-LICENCE", 1));
        ItemVersion again = snapshots.read(snapshot("FOOD-BIZ-LICENCE", 1));

        assertThat(first.itemCode()).isEqualTo("FOOD-BIZ-LICENCE");
        assertThat(first.route().departments()).containsExactly("MARKET", "HEALTH");
        assertThat(again).isSameAs(first);
        assertThat(parses).hasValue(1);
    }

    @Test
    void another_text_is_another_version() {
        ItemVersion one = snapshots.read(snapshot("FOOD-BIZ-LICENCE", 1));
        ItemVersion two = snapshots.read(snapshot("FOOD-BIZ-LICENCE", 2));

        assertThat(two.version()).isEqualTo(2);
        assertThat(one.version()).isEqualTo(1);
        assertThat(parses).hasValue(2);
    }

    @Test
    void no_snapshot_is_none_and_the_texts_kept_are_bounded() {
        assertThat(snapshots.read(null)).isNull();

        for (int v = 1; v <= ItemSnapshots.MAX_ENTRIES + 10; v++) {
            assertThat(snapshots.read(snapshot("ITEM", v)).version()).isEqualTo(v);
        }
        int parsed = parses.get();
        assertThat(snapshots.read(snapshot("ITEM", ItemSnapshots.MAX_ENTRIES + 10)).version())
                .isEqualTo(ItemSnapshots.MAX_ENTRIES + 10);
        assertThat(parses).as("the newest text is still held after the bound emptied the others").hasValue(parsed);
        assertThat(snapshots.read(snapshot("ITEM", 1)).version()).isEqualTo(1);
        assertThat(parses).as("the oldest was let go and is parsed again").hasValue(parsed + 1);
    }

    private static String snapshot(String itemCode, int version) {
        return """
                {"itemCode": "%s", "version": %d, "name": "食品经营许可", "status": "PUBLISHED",
                 "implementingDepartment": "MARKET", "supervisingDepartment": "MARKET", "delegations": [],
                 "materials": [{"code": "ID-DOC", "name": "身份证明", "required": true, "originalCount": 1,
                                "copyCount": 1, "deferrable": false, "templateRef": null}],
                 "promisedLimitDays": 10, "statutoryLimitDays": 20, "immediate": false,
                 "route": {"mode": "PARALLEL", "twoPersonReview": true, "departments": ["MARKET", "HEALTH"]},
                 "channels": ["WINDOW", "ONLINE"]}""".formatted(itemCode, version);
    }
}
