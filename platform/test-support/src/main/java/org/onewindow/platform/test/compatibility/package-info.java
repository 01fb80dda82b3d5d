/**
 * The compatibility gate for integrators: the OpenAPI documents and the event contracts (JSON Schemas, AsyncAPI)
 * are committed as baselines, and {@link org.onewindow.platform.test.compatibility.Baseline} fails a test on a
 * breaking change ({@link org.onewindow.platform.test.compatibility.Rule}) unless it is accepted on purpose with
 * {@code -Donewindow.compatibility.accept=true} and recorded in docs/changelog.md.
 */
package org.onewindow.platform.test.compatibility;
