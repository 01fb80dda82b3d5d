package org.onewindow.platform.kernel;

/**
 * The longest text each kind of field may hold, in UTF-16 code units ({@code String.length()}, what Bean
 * Validation's {@code @Size} counts). One place for the whole suite: request records reference these constants in
 * {@code @Size(max = ...)}, so the limits also appear in the OpenAPI schema ({@code maxLength}).
 *
 * <p>Chosen for a government approval system: a code fits any national or local code scheme, a name the longest
 * official department or item name (全称), a reason a paragraph, a note a page. Every event is built from these
 * inputs; {@code EventSizeTest} in platform/contracts proves the largest events they allow stay under the broker's
 * limit even when every character takes three bytes (Chinese).
 */
public final class TextLimits {

    /** Codes and identifiers: item, department, centre and material codes, case numbers, user ids, mandate ids. */
    public static final int CODE = 64;
    /** A resident ID, USCC or phone number as typed (checked for form by its own kernel type). */
    public static final int ID_NUMBER = 32;
    /** Names: of a person, organisation, department, centre, item, material, fee; a calendar version's source. */
    public static final int NAME = 200;
    /** One short statement: one reason among several, an acceptance condition, a rating comment. */
    public static final int SHORT_TEXT = 500;
    /** A reason or message: change reasons, refusal messages, extension and pause reasons, material notes. */
    public static final int REASON = 1000;
    /** A note or comment: an opinion's comment, the grounds of a licence action. */
    public static final int NOTE = 2000;
    /** Long text: a legal basis (设定依据) citing several laws, inspection notes. */
    public static final int LONG_TEXT = 4000;
    /** A postal address. */
    public static final int ADDRESS = 500;
    /** A reference to a document or a URL (a blank form, a mandate document). */
    public static final int REFERENCE = 1000;
    /** The safety net: any string in a request body that no annotation limits. */
    public static final int DEFAULT = 4000;

    private TextLimits() {
    }
}
