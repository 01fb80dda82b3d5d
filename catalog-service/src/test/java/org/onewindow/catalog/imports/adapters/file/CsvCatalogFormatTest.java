package org.onewindow.catalog.imports.adapters.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.items.domain.Channel;
import org.onewindow.catalog.items.adapters.web.Delegation;
import org.onewindow.catalog.items.domain.DelegationKind;
import org.onewindow.catalog.items.adapters.web.Fee;
import org.onewindow.catalog.items.adapters.web.ItemDefinition;
import org.onewindow.catalog.items.domain.ItemType;
import org.onewindow.catalog.items.adapters.web.Material;
import org.onewindow.catalog.items.domain.RouteMode;
import org.onewindow.catalog.organisation.domain.Level;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Violation;

class CsvCatalogFormatTest {

    static final String HEADER = String.join(",", CsvCatalogFormat.COLUMNS) + "\n";

    static final String GOOD_ROW = "SMALL-WORKSHOP-REG,2025-07-01,000321,11330100MB0321-01,食品小作坊登记,"
            + "ADMINISTRATIVE_LICENSING,\"《食品安全法》第三十六条, 《浙江省食品小作坊小餐饮小食杂店管理规定》\",MARKET,"
            + "食品生产科,MARKET,CITY,TOWN:DELEGATED:|VILLAGE:PROXY:C-VIL-0101+C-VIL-0102,有固定场所|有卫生设施,"
            + "\"APPLICATION-FORM:申请书:Y:1:0:N:forms/workshop.docx|LAYOUT-PLAN:布局图:Y:1:0:Y:\",5,20,N,"
            + "检验费:120.50:《价格法》第十八条,PARALLEL,Y,MARKET|HEALTH,WINDOW|ONLINE,CERTIFICATE,1\n";

    @Test
    void a_row_becomes_an_item_version_with_its_list_fields_decoded() {
        CsvCatalogFormat.Parsed parsed = CsvCatalogFormat.parse("\uFEFF" + HEADER + GOOD_ROW);

        assertThat(parsed.unreadable()).isEmpty();
        CatalogFile.ItemEntry entry = parsed.file().items().getFirst();
        assertThat(entry.itemCode()).isEqualTo("SMALL-WORKSHOP-REG");
        assertThat(entry.effectiveFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
        ItemDefinition d = entry.definition();
        assertThat(d.type()).isEqualTo(ItemType.ADMINISTRATIVE_LICENSING);
        assertThat(d.legalBasis()).isEqualTo("《食品安全法》第三十六条, 《浙江省食品小作坊小餐饮小食杂店管理规定》");
        assertThat(d.delegations()).containsExactly(new Delegation(Level.TOWN, DelegationKind.DELEGATED, List.of()),
                new Delegation(Level.VILLAGE, DelegationKind.PROXY, List.of("C-VIL-0101", "C-VIL-0102")));
        assertThat(d.acceptanceConditions()).containsExactly("有固定场所", "有卫生设施");
        assertThat(d.materials()).containsExactly(
                new Material("APPLICATION-FORM", "申请书", true, 1, 0, false, "forms/workshop.docx"),
                new Material("LAYOUT-PLAN", "布局图", true, 1, 0, true, null));
        assertThat(d.fees()).containsExactly(new Fee("检验费", new BigDecimal("120.50"), "《价格法》第十八条"));
        assertThat(d.route().mode()).isEqualTo(RouteMode.PARALLEL);
        assertThat(d.route().twoPersonReview()).isTrue();
        assertThat(d.route().departments()).containsExactly("MARKET", "HEALTH");
        assertThat(d.channels()).isEqualTo(Set.of(Channel.WINDOW, Channel.ONLINE));
        assertThat(d.promisedLimit()).isEqualTo(5);
        assertThat(d.immediate()).isFalse();
    }

    @Test
    void every_unreadable_field_of_a_row_is_reported_by_column_and_the_row_keeps_its_index() {
        String bad = "BAD-ROW,July,,,坏行,PERMIT,依据,MARKET,,MARKET,CITY,,,APPLICATION-FORM:申请书,ten,20,maybe,,"
                + "PARALLEL,Y,MARKET,WINDOW|FAX,LICENCE,1\n";
        CsvCatalogFormat.Parsed parsed = CsvCatalogFormat.parse(HEADER + GOOD_ROW + bad);

        assertThat(parsed.file().items()).hasSize(2);
        assertThat(parsed.unreadable()).singleElement().satisfies(row -> {
            assertThat(row.index()).isEqualTo(1);
            assertThat(row.key()).isEqualTo("BAD-ROW");
            assertThat(row.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                    "effectiveFrom", "type", "materials[0]", "promisedLimit", "immediate", "channels[1]");
            assertThat(row.violations()).extracting(Violation::rule).containsOnly("import.csv-format");
        });
    }

    @Test
    void a_header_without_a_required_column_is_refused_naming_it() {
        assertThatThrownBy(() -> CsvCatalogFormat.parse("itemCode,name\nX-1,某事项\n"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("routeDepartments");
    }
}
