package org.onewindow.intake.applications.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.intake.catalog.domain.CentreLevel;
import org.onewindow.intake.catalog.domain.Channel;
import org.onewindow.intake.catalog.domain.Delegation;
import org.onewindow.intake.catalog.domain.DelegationMode;
import org.onewindow.intake.catalog.domain.ItemStatus;
import org.onewindow.intake.catalog.domain.ItemVersion;
import org.onewindow.intake.catalog.domain.Material;
import org.onewindow.intake.catalog.domain.Route;
import org.onewindow.intake.catalog.domain.RouteMode;
import org.onewindow.intake.catalog.domain.ServiceCentre;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.kernel.ResidentId;

/** Test data: a food business licence with two required materials and one deferrable, delegated to towns. */
public final class Fixtures {

    public static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    public static final OffsetDateTime NOW = OffsetDateTime.parse("2026-03-02T10:00:00+08:00");
    public static final String VALID_ID = "11010519491231002" + ResidentId.checkCharacter("11010519491231002");
    static final String BAD_CHECK_ID = "11010519491231002" + (ResidentId.checkCharacter("11010519491231002") == '1' ? '2' : '1');
    public static final ServiceCentre CITY = new ServiceCentre("C-CITY-01", "市民中心", CentreLevel.CITY, null, true);
    public static final ServiceCentre TOWN = new ServiceCentre("T-EAST-01", "东镇便民服务中心", CentreLevel.TOWN, "C-CITY-01", true);
    public static final ServiceCentre VILLAGE = new ServiceCentre("V-WEST-01", "西村代办点", CentreLevel.VILLAGE, "T-EAST-01", true);

    public static final ActingUser CLERK = new ActingUser("clerk-1", "李窗口", Roles.WINDOW_CLERK, "C-CITY-01", null);
    static final ActingUser APPLICANT = new ActingUser("applicant-1", "张三", Roles.APPLICANT, null, null);
    static final ActingUser AGENT = new ActingUser("agent-1", "王代办", Roles.VILLAGE_AGENT, "T-EAST-01", null);

    private Fixtures() {
    }

    static ItemVersion item(ItemStatus status) {
        return new ItemVersion("330100-SP-001", 3, "食品经营许可", status, "MARKET", "MARKET-SUPERVISION",
                List.of(new Delegation(CentreLevel.TOWN, DelegationMode.DELEGATED, List.of()),
                        new Delegation(CentreLevel.VILLAGE, DelegationMode.NONE, List.of())),
                List.of(new Material("M1", "申请书", true, 1, 0, false, null),
                        new Material("M2", "营业执照", true, 0, 1, false, null),
                        new Material("M3", "健康证明", true, 0, 1, true, null),
                        new Material("M4", "其他说明", false, 0, 1, false, null)),
                10, 20, false, new Route(RouteMode.PARALLEL, true, List.of("MARKET")),
                List.of(Channel.WINDOW, Channel.ONLINE, Channel.VILLAGE_AGENT));
    }

    public static SubmittedMaterial provided(String code) {
        return new SubmittedMaterial(code, true, false, null);
    }

    static Submission submission(String idNumber, List<SubmittedMaterial> materials, Mandate mandate) {
        return new Submission("330100-SP-001", null, null, ApplicantKind.PERSON, "张三", idNumber, "13812345678", materials,
                null, mandate, null);
    }

    static Intake intake(Submission submission, ActingUser by, ItemVersion item, ServiceCentre centre) {
        return new Intake(submission, by, Intake.centreOf(submission, by), Intake.channelOf(submission, by), item, centre, TODAY);
    }

    static Application submitted(List<SubmittedMaterial> materials) {
        return anApplication().handingIn(materials).submit();
    }

    /** A window submission by the clerk for 张三 at the city centre, to change before it is submitted. */
    public static ApplicationBuilder anApplication() {
        return new ApplicationBuilder();
    }

    /** Reads like the front desk: {@code anApplication().handingIn(provided("M1")).by(AGENT).submit()}. */
    public static final class ApplicationBuilder {
        private final List<SubmittedMaterial> materials = new ArrayList<>();
        private ActingUser by = CLERK;
        private ServiceCentre centre = CITY;
        private Mandate mandate;
        private String caseNumber = "C-CITY-01-20260302-000001";

        public ApplicationBuilder handingIn(List<SubmittedMaterial> handedIn) {
            materials.addAll(handedIn);
            return this;
        }

        public ApplicationBuilder handingIn(SubmittedMaterial... handedIn) {
            return handingIn(List.of(handedIn));
        }

        /** Every required material, usable: accepted at once. */
        public ApplicationBuilder complete() {
            return handingIn(provided("M1"), provided("M2"), provided("M3"));
        }

        public ApplicationBuilder by(ActingUser user) {
            by = user;
            return this;
        }

        public ApplicationBuilder at(ServiceCentre serviceCentre) {
            centre = serviceCentre;
            return this;
        }

        public ApplicationBuilder under(Mandate agentMandate) {
            mandate = agentMandate;
            return this;
        }

        public ApplicationBuilder numbered(String number) {
            caseNumber = number;
            return this;
        }

        public Application submit() {
            Intake intake = intake(submission(VALID_ID, materials, mandate), by, item(ItemStatus.PUBLISHED), centre);
            Applicant applicant = new Applicant(ApplicantKind.PERSON, "张三", VALID_ID, "110***********002X", "13812345678",
                    "applicant-1");
            Agent agent = by.is(Roles.VILLAGE_AGENT) ? new Agent(by.userId(), by.name(), mandate) : null;
            return Application.submit(CaseNumber.of(caseNumber), intake, applicant, agent, QueryCode.hash("ABCD2345"),
                    agent == null ? by : by.forWhom("张三"), NOW, TODAY.plusDays(14));
        }
    }
}
