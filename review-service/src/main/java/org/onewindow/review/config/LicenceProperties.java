package org.onewindow.review.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * {@code onewindow.review.licences.*}: the electronic licence (电子证照, docs/review.md "Electronic licence").
 *
 * @param verificationBaseUrl the public base URL the licence's QR code points to: {@code <base>/api/review/v1/licences/
 *                            {number}?code=...} (default the local gateway, {@code http://127.0.0.1:8080})
 * @param fontFile            a TrueType CJK font to embed; default the Droid Sans Fallback bundled in the jar
 * @param keyPrefix           the PDFs' key prefix in the object store (inside review's own prefix)
 * @param issueInterval       how often the issuing job looks for PENDING licences (also the retry delay while the
 *                            object store is down)
 * @param issuing             false: no issuing job (tests that drive it themselves)
 */
@ConfigurationProperties("onewindow.review.licences")
@Validated
public record LicenceProperties(@DefaultValue("http://127.0.0.1:8080") @NotBlank
                                @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String verificationBaseUrl,
                                Path fontFile,
                                @DefaultValue("licences/") @NotBlank String keyPrefix,
                                @DefaultValue("PT5S") @NotNull Duration issueInterval,
                                @DefaultValue("true") boolean issuing) {
}
