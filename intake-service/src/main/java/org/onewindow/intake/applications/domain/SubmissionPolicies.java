package org.onewindow.intake.applications.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onewindow.intake.catalog.domain.Channel;
import org.onewindow.platform.kernel.PhoneNumber;
import org.onewindow.platform.kernel.Policy;
import org.onewindow.platform.kernel.ResidentId;
import org.onewindow.platform.kernel.RuleViolation;
import org.onewindow.platform.kernel.Uscc;
import org.onewindow.platform.kernel.Violation;

/**
 * The rules a submission must meet before the front desk registers it, each a named {@link Policy}. All run
 * together so the applicant learns every problem at once; a rule whose premise is missing (no such item) stays
 * silent and lets the rule about the premise speak.
 */
public final class SubmissionPolicies {

    public static final String ID_FIELD = "applicant.idNumber";

    /** 目录之外无审批: only a published item version can be applied for. */
    static final Policy<Intake> ITEM_PUBLISHED = Policy.of("itemCode", "intake.item-not-published",
            "the item is not published in the catalog (目录之外无审批)", in -> in.item() != null && in.item().published());

    static final Policy<Intake> CENTRE_NAMED = Policy.of("centreCode", "intake.centre-required",
            "name the service centre the application is made to", in -> notBlank(in.centreCode()));

    static final Policy<Intake> CENTRE_KNOWN = Policy.of("centreCode", "intake.centre-unknown",
            "no such service centre in the catalog", in -> !notBlank(in.centreCode()) || in.centre() != null);

    static final Policy<Intake> CENTRE_OPEN = Policy.of("centreCode", "intake.centre-closed",
            "the service centre is closed", in -> in.centre() == null || in.centre().active());

    /** 市镇村三级联动: a town or village centre accepts only what is delegated to it. */
    static final Policy<Intake> ITEM_DELEGATED = Policy.of("itemCode", "intake.item-not-delegated",
            "the item is not delegated to this service centre's level or to this centre",
            in -> in.item() == null || in.centre() == null || in.item().offeredAt(in.centre()));

    static final Policy<Intake> CHANNEL_FITS_ROLE = Policy.of("channel", "intake.channel-not-for-role",
            "clerks submit at the WINDOW, village agents as VILLAGE_AGENT, applicants ONLINE or MOBILE",
            in -> channelsOf(in.by()).contains(in.channel()));

    static final Policy<Intake> CHANNEL_ALLOWED = Policy.of("channel", "intake.channel-not-allowed",
            "the item cannot be applied for through this channel",
            in -> in.item() == null || in.item().allows(in.channel()));

    /** 委托书: an agent acts only under a recorded mandate. */
    static final Policy<Intake> MANDATE_RECORDED = Policy.of("mandate", "intake.mandate-required",
            "a village agent needs a recorded mandate (委托书: mandateId, principalName, validUntil)",
            in -> !in.by().is(Roles.VILLAGE_AGENT) || complete(in.submission().mandate()));

    static final Policy<Intake> MANDATE_VALID = Policy.of("mandate.validUntil", "intake.mandate-expired",
            "the mandate (委托书) has expired",
            in -> !complete(in.submission().mandate()) || !in.submission().mandate().validUntil().isBefore(in.today()));

    static final Policy<Intake> MANDATE_FOR_APPLICANT = Policy.of("mandate.principalName", "intake.mandate-principal-mismatch",
            "the mandate was given by someone other than the applicant",
            in -> !complete(in.submission().mandate())
                    || in.submission().mandate().principalName().strip().equals(String.valueOf(in.submission().applicantName()).strip()));

    static final Policy<Intake> DELIVERY_ADDRESS = Policy.of("delivery.address", "intake.delivery-address-required",
            "mail and door delivery need an address", in -> {
                DeliveryPreference delivery = in.submission().delivery();
                return delivery == null || delivery.method() == DeliveryMethod.WINDOW_PICKUP || notBlank(delivery.address());
            });

    /** GB 11643 / GB 32100, check character included; reported on {@value #ID_FIELD} with the kernel's rule. */
    static final Policy<Intake> IDENTITY_VALID = in -> {
        try {
            parseIdNumber(in.submission().applicantKind(), in.submission().idNumber(), in.today());
            return Optional.empty();
        } catch (RuleViolation e) {
            return Optional.of(new Violation(ID_FIELD, e.first().rule(), e.first().message()));
        }
    };

    static final Policy<Intake> PHONE_VALID = in -> {
        String phone = in.submission().phone();
        if (phone == null || phone.isBlank()) {
            return Optional.empty();
        }
        try {
            PhoneNumber.parse(phone);
            return Optional.empty();
        } catch (RuleViolation e) {
            return Optional.of(new Violation("applicant.phone", e.first().rule(), e.first().message()));
        }
    };

    static final List<Policy<Intake>> ALL = List.of(ITEM_PUBLISHED, CENTRE_NAMED, CENTRE_KNOWN, CENTRE_OPEN, ITEM_DELEGATED,
            CHANNEL_FITS_ROLE, CHANNEL_ALLOWED, IDENTITY_VALID, PHONE_VALID, MANDATE_RECORDED, MANDATE_VALID,
            MANDATE_FOR_APPLICANT, DELIVERY_ADDRESS);

    private SubmissionPolicies() {
    }

    /** Every broken rule, in a stable order; empty when the submission may be registered. */
    public static List<Violation> violations(Intake intake) {
        return Policy.violations(intake, ALL);
    }

    /** Parses a resident ID for a person, a USCC for an organisation, and returns the masked form. */
    public static String maskedIdNumber(ApplicantKind kind, String idNumber, java.time.LocalDate today) {
        return parseIdNumber(kind, idNumber, today);
    }

    private static String parseIdNumber(ApplicantKind kind, String idNumber, java.time.LocalDate today) {
        if (kind == ApplicantKind.ORGANISATION) {
            String uscc = Uscc.parse(idNumber).value();
            // not personal data, but events carry every identity number masked, in one format
            return uscc.substring(0, 3) + "*".repeat(11) + uscc.substring(14);
        }
        return ResidentId.parse(idNumber, today).masked();
    }

    private static Set<Channel> channelsOf(ActingUser by) {
        if (by.is(Roles.WINDOW_CLERK)) {
            return Set.of(Channel.WINDOW);
        }
        if (by.is(Roles.VILLAGE_AGENT)) {
            return Set.of(Channel.VILLAGE_AGENT);
        }
        return Set.of(Channel.ONLINE, Channel.MOBILE);
    }

    private static boolean complete(Mandate mandate) {
        return mandate != null && notBlank(mandate.mandateId()) && notBlank(mandate.principalName()) && mandate.validUntil() != null;
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
