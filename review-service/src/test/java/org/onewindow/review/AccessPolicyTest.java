package org.onewindow.review;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
import org.onewindow.contracts.intake.ApplicationAccepted;
import org.onewindow.platform.messaging.TopicNames;
import org.onewindow.platform.test.KafkaTestSupport;
import org.onewindow.platform.test.OneWindowTest;
import org.onewindow.platform.test.access.AccessPolicyContract;
import org.onewindow.platform.test.access.MatrixCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    @Autowired
    TopicNames topics;

    @Autowired
    JdbcClient jdbc;

    @Override
    protected Map<String, String> fixtures() {
        String caseNumber = MatrixCases.caseNumber("C-CITY-01");
        KafkaTestSupport.publish(topics.topicOf(ApplicationAccepted.class),
                MatrixCases.accepted(caseNumber, 1, "C-CITY-01", "clerk"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT count(*) FROM case_centre WHERE case_number = ?").param(caseNumber).query(Long.class).single() == 1);
        String taskId = jdbc.sql("SELECT task_id::text FROM department_task WHERE case_number = ? AND department = 'MARKET'")
                .param(caseNumber).query(String.class).single();
        return Map.of("market-case", caseNumber, "market-task", taskId, "town-case", townCase());
    }

    /**
     * {@code {town-case}}: accepted at C-TOWN-01 (below C-CITY-01 in the catalog's tree) under a version of
     * BIZ-LICENCE-REG delegated to every town, as the demo catalog announces them (demo/catalog.json).
     */
    private String townCase() {
        String topic = topics.topicOf(ServiceCentreChanged.class);
        KafkaTestSupport.publish(topic, new ServiceCentreChanged("C-CITY-01", "市民中心", CentreLevel.CITY, null, true,
                OffsetDateTime.now()));
        KafkaTestSupport.publish(topic, new ServiceCentreChanged("C-TOWN-01", "城东镇便民服务中心", CentreLevel.TOWN,
                "C-CITY-01", true, OffsetDateTime.now()));
        int version = 900 + ThreadLocalRandom.current().nextInt(99);
        KafkaTestSupport.publish(topics.topicOf(ItemVersionChanged.class), new ItemVersionChanged("BIZ-LICENCE-REG",
                version, "000101", "BIZ-LICENCE-REG-01", "营业执照办理（企业设立登记）",
                ItemVersionChanged.ItemType.ADMINISTRATIVE_LICENSING, "《市场主体登记管理条例》", "MARKET", "MARKET-DJK",
                "MARKET", List.of(new ItemVersionChanged.Delegation(CentreLevel.TOWN,
                        ItemVersionChanged.DelegationMode.DELEGATED, List.of())), List.of(),
                List.of(new ItemVersionChanged.Material("M01", "申请书", true, 1, 0, false, null)), 10, 20, false,
                List.of(), new Route(RouteMode.PARALLEL, true, List.of("MARKET")), List.of(Channel.WINDOW),
                ItemVersionChanged.ResultType.LICENCE, 1, ItemVersionChanged.ItemStatus.PUBLISHED,
                LocalDate.of(2026, 1, 1), null, OffsetDateTime.now(), "catalog-admin", "下放到镇", null, null));
        String caseNumber = MatrixCases.caseNumber("C-TOWN-01");
        KafkaTestSupport.publish(topics.topicOf(ApplicationAccepted.class),
                MatrixCases.accepted(caseNumber, version, "C-TOWN-01", "town-clerk"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                        "SELECT (SELECT count(*) FROM case_centre WHERE case_number = ?)"
                                + " + (SELECT count(*) FROM service_centre WHERE code IN ('C-CITY-01', 'C-TOWN-01'))"
                                + " + (SELECT count(*) FROM item_delegation WHERE item_code = 'BIZ-LICENCE-REG'"
                                + " AND item_version = ?)")
                .params(caseNumber, version).query(Long.class).single() == 4);
        return caseNumber;
    }
}
