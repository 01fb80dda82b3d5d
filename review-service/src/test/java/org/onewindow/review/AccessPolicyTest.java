package org.onewindow.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.onewindow.contracts.catalog.CentreLevel;
import org.onewindow.contracts.catalog.Channel;
import org.onewindow.contracts.catalog.ItemVersionChanged;
import org.onewindow.contracts.catalog.Route;
import org.onewindow.contracts.catalog.RouteMode;
import org.onewindow.contracts.catalog.ServiceCentreChanged;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.access.AccessPolicyContract;
import org.onewindow.platform.test.access.MatrixCases;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Issue 9's access checks of this service ({@link AccessPolicyContract}): every endpoint is an operation of the
 * policy table and has rows in the authorization matrix, and those rows answer as the matrix expects. Same context
 * as {@link OpenApiBaselineTest}, so it costs no extra start.
 *
 * <p>The scope rows name {@code {market-case}} (a case accepted at the demo clerk's centre {@code C-CITY-01} whose
 * only task is MARKET's), {@code {market-task}} (that task) and {@code {town-case}} (accepted at C-TOWN-01, below the
 * clerk's centre, under an item version delegated to towns): opened here as the catalog's and intake's events would.
 */
@OneWindowTest(properties = "onewindow.review.warnings.enabled=false")
@AutoConfigureMockMvc
class AccessPolicyTest extends AccessPolicyContract {

    @Override
    protected Map<String, String> fixtures() {
        String caseNumber = acceptedCase("C-CITY-01", "clerk", 1,
                "SELECT count(*) FROM case_centre WHERE case_number = ?");
        String taskId = queryOne("SELECT task_id::text FROM department_task WHERE case_number = ? AND department = 'MARKET'",
                caseNumber);
        return Map.of("market-case", caseNumber, "market-task", taskId, "town-case", townCase());
    }

    /**
     * {@code {town-case}}: accepted at C-TOWN-01 (below C-CITY-01 in the catalog's tree) under a version of
     * BIZ-LICENCE-REG delegated to every town, as the demo catalog announces them (demo/catalog.json).
     */
    private String townCase() {
        publish(new ServiceCentreChanged("C-CITY-01", "市民中心", CentreLevel.CITY, null, true, OffsetDateTime.now()));
        publish(new ServiceCentreChanged("C-TOWN-01", "城东镇便民服务中心", CentreLevel.TOWN, "C-CITY-01", true,
                OffsetDateTime.now()));
        int version = 900 + ThreadLocalRandom.current().nextInt(99);
        publish(new ItemVersionChanged("BIZ-LICENCE-REG",
                version, "000101", "BIZ-LICENCE-REG-01", "营业执照办理（企业设立登记）",
                ItemVersionChanged.ItemType.ADMINISTRATIVE_LICENSING, "《市场主体登记管理条例》", "MARKET", "MARKET-DJK",
                "MARKET", List.of(new ItemVersionChanged.Delegation(CentreLevel.TOWN,
                        ItemVersionChanged.DelegationMode.DELEGATED, List.of())), List.of(),
                List.of(new ItemVersionChanged.Material("M01", "申请书", true, 1, 0, false, null)), 10, 20, false,
                List.of(), new Route(RouteMode.PARALLEL, true, List.of("MARKET")), List.of(Channel.WINDOW),
                ItemVersionChanged.ResultType.LICENCE, 1, ItemVersionChanged.ItemStatus.PUBLISHED,
                LocalDate.of(2026, 1, 1), null, OffsetDateTime.now(), "catalog-admin", "下放到镇", null, null));
        String caseNumber = MatrixCases.caseNumber("C-TOWN-01");
        publish(MatrixCases.accepted(caseNumber, version, "C-TOWN-01", "town-clerk"));
        awaitCount(4, "SELECT (SELECT count(*) FROM case_centre WHERE case_number = ?)"
                + " + (SELECT count(*) FROM service_centre WHERE code IN ('C-CITY-01', 'C-TOWN-01'))"
                + " + (SELECT count(*) FROM item_delegation WHERE item_code = 'BIZ-LICENCE-REG' AND item_version = ?)",
                caseNumber, version);
        return caseNumber;
    }
}
