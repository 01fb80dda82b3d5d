package org.onewindow.platform.kernel;

/**
 * The most items each kind of list in a request may hold; like {@link TextLimits}, referenced by
 * {@code @Size(max = ...)} on request records (OpenAPI {@code maxItems}) and checked before anything is written.
 */
public final class ListLimits {

    /** Materials of an item (申请材料), of a submission, of a supplement request or a supplement. */
    public static final int MATERIALS = 100;
    /** Reasons given at once: refusal reasons, the reasons of one opinion. */
    public static final int REASONS = 20;
    /** Departments on an item's review route (并联 / 串联). */
    public static final int DEPARTMENTS = 30;
    /** Delegations of one item: at most one per level and kind is meaningful. */
    public static final int DELEGATIONS = 10;
    /** Service centres named by one delegation. */
    public static final int CENTRES = 100;
    /** Acceptance conditions (受理条件) of an item. */
    public static final int CONDITIONS = 50;
    /** Fees (收费项目) of an item. */
    public static final int FEES = 20;
    /** Channels an item is offered on (there are four). */
    public static final int CHANNELS = 10;
    /** Powers (权力清单) a department holds. */
    public static final int POWERS = 500;
    /** Participants of a draw: the inspectors to draw from (执法检查人员名录). */
    public static final int PARTICIPANTS = 200;
    /** Public holidays (days off) in one calendar year. */
    public static final int HOLIDAYS = 60;
    /** Adjusted workdays (调休) in one calendar year. */
    public static final int ADJUSTED_WORKDAYS = 30;
    /** The safety net: any list in a request body that no annotation limits. */
    public static final int DEFAULT = 1000;

    private ListLimits() {
    }
}
