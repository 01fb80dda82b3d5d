package org.onewindow.platform.web.problems;

/**
 * One entry of a problem document's {@code errors[]}: the field (a JSON path such as {@code applicant.residentId},
 * {@code materials[0].name}, a parameter or header name; {@code null} for a rule on the whole request), the
 * rule's stable identifier ({@code NotBlank}, {@code resident-id.check-character}, {@code type-mismatch}) and a
 * message a person can read.
 */
public record ProblemError(String field, String rule, String message) {
}
