package org.onewindow.platform.web.problems;

import org.springframework.http.HttpStatus;

/**
 * The message table: every kind of problem the suite reports, with its HTTP status and an English and a Chinese
 * title (the {@code title} and {@code title_zh} members). The type URI is {@link Problems#TYPE_BASE} plus the
 * slug, except for domain rules ({@link #RULE_VIOLATION}, {@link #STATE_CONFLICT}, {@link #NOT_PERMITTED}) whose
 * type names the rule itself.
 */
public enum ProblemKind {

    VALIDATION_FAILED("validation-failed", HttpStatus.BAD_REQUEST, "Request validation failed", "请求参数校验未通过"),
    MALFORMED_BODY("malformed-body", HttpStatus.BAD_REQUEST, "Malformed request body", "请求体格式错误"),
    TYPE_MISMATCH("type-mismatch", HttpStatus.BAD_REQUEST, "Parameter has the wrong type", "参数类型错误"),
    MISSING_PARAMETER("missing-parameter", HttpStatus.BAD_REQUEST, "Required parameter missing", "缺少必需参数"),
    MISSING_HEADER("missing-header", HttpStatus.BAD_REQUEST, "Required header missing", "缺少必需请求头"),
    INVALID_IDEMPOTENCY_KEY("idempotency-key-invalid", HttpStatus.BAD_REQUEST, "Invalid Idempotency-Key header",
            "幂等键格式无效"),
    BAD_REQUEST("bad-request", HttpStatus.BAD_REQUEST, "Bad request", "请求无效"),
    MALFORMED_URI("malformed-uri", HttpStatus.BAD_REQUEST, "Malformed request URI", "请求地址格式错误"),
    REQUEST_REJECTED("request-rejected", HttpStatus.BAD_REQUEST, "Request rejected", "请求被拒绝"),
    UNAUTHENTICATED("unauthenticated", HttpStatus.UNAUTHORIZED, "Authentication required", "需要身份认证"),
    FORBIDDEN("forbidden", HttpStatus.FORBIDDEN, "Access denied", "无权访问"),
    NOT_PERMITTED("not-permitted", HttpStatus.FORBIDDEN, "Action not permitted", "无权执行该操作"),
    NOT_FOUND("not-found", HttpStatus.NOT_FOUND, "Resource not found", "资源不存在"),
    METHOD_NOT_ALLOWED("method-not-allowed", HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed", "不支持该请求方法"),
    NOT_ACCEPTABLE("not-acceptable", HttpStatus.NOT_ACCEPTABLE, "Not acceptable", "无法提供所要求的响应格式"),
    STATE_CONFLICT("state-conflict", HttpStatus.CONFLICT, "Conflicting state", "当前状态不允许该操作"),
    DUPLICATE("duplicate", HttpStatus.CONFLICT, "Resource already exists", "资源已存在"),
    IDEMPOTENCY_KEY_IN_PROGRESS("idempotency-key-in-progress", HttpStatus.CONFLICT,
            "A request with this idempotency key is still in progress", "相同幂等键的请求正在处理中"),
    PRECONDITION_FAILED("precondition-failed", HttpStatus.PRECONDITION_FAILED,
            "Precondition failed: the resource has changed", "前置条件不满足：资源已被修改"),
    PAYLOAD_TOO_LARGE("payload-too-large", HttpStatus.CONTENT_TOO_LARGE, "Request too large", "请求内容过大"),
    URI_TOO_LONG("uri-too-long", HttpStatus.URI_TOO_LONG, "Request URI too long", "请求地址过长"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
            "不支持的媒体类型"),
    RULE_VIOLATION("rule-violation", HttpStatus.UNPROCESSABLE_CONTENT, "Business rule violated", "不符合业务规则"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", HttpStatus.UNPROCESSABLE_CONTENT,
            "Idempotency key reused for a different request", "幂等键已用于另一个不同的请求"),
    PRECONDITION_REQUIRED("precondition-required", HttpStatus.PRECONDITION_REQUIRED, "If-Match header required",
            "缺少 If-Match 请求头"),
    HEADERS_TOO_LARGE("headers-too-large", HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large",
            "请求头过大"),
    INTERNAL_ERROR("internal-error", HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "系统内部错误"),
    SERVICE_UNAVAILABLE("service-unavailable", HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable", "服务暂不可用");

    private final String slug;
    private final HttpStatus status;
    private final String title;
    private final String titleZh;

    ProblemKind(String slug, HttpStatus status, String title, String titleZh) {
        this.slug = slug;
        this.status = status;
        this.title = title;
        this.titleZh = titleZh;
    }

    public String slug() {
        return slug;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String titleZh() {
        return titleZh;
    }

    /** The kind reported for a bare status code that no more specific mapping covers. */
    public static ProblemKind forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> STATE_CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> RULE_VIOLATION;
            case 428 -> PRECONDITION_REQUIRED;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> SERVICE_UNAVAILABLE;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
