package org.onewindow.review.config;

import org.onewindow.platform.commands.AccessPolicy;
import org.onewindow.platform.commands.CommandPath;
import org.onewindow.platform.commands.CommandPaths;
import org.onewindow.platform.kernel.CaseNumber;
import org.onewindow.platform.messaging.EventSubscription;
import org.onewindow.review.cases.application.CaseDocuments;
import org.onewindow.platform.security.DemoUsers;
import org.onewindow.review.cases.adapters.directory.DemoUsersStaffDirectory;
import org.onewindow.review.cases.adapters.messaging.ReviewContracts;
import org.onewindow.review.cases.adapters.messaging.ReviewSubscription;
import org.onewindow.review.cases.application.CaseCentres;
import org.onewindow.review.cases.application.CentreTree;
import org.onewindow.review.cases.application.ReviewCaseService;
import org.onewindow.review.cases.application.ReviewCases;
import org.onewindow.review.cases.application.StaffDirectory;
import org.onewindow.review.cases.domain.ReviewCase;
import org.onewindow.review.cases.domain.ReviewEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReviewProperties.class)
public class ReviewConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(ReviewConfiguration.class);

    /**
     * The one command path of review cases. Who may act is decided by the case's own policies (department, role,
     * 一审一核, deputy: DESIGN §5), which need the loaded case and answer in a fixed order, so the path's access
     * policy lets every authenticated command through (the endpoints' roles are checked before); issue 9 plugs its
     * table in here.
     */
    @Bean
    CommandPath<CaseNumber, ReviewCase, ReviewEvent> reviewCasePath(CommandPaths paths, ReviewCases cases,
                                                                    ReviewContracts contracts) {
        return paths.of("case", cases, c -> c.caseNumber().value(), contracts, AccessPolicy.permitAll());
    }

    /**
     * The staff directory the AB岗 rules ask about a deputy: the dev issuer's demo users unless the deployment
     * defines its own {@link StaffDirectory} bean (an adapter over the IdP's directory, docs/security.md).
     */
    @Bean
    @ConditionalOnMissingBean(StaffDirectory.class)
    StaffDirectory staffDirectory() {
        return new DemoUsersStaffDirectory(DemoUsers.load());
    }

    /** Consumer group {@code review}: each handler runs in one transaction with its inbox row (idempotent). */
    @Bean
    EventSubscription reviewSubscription(ReviewCaseService cases, CaseCentres centres, CentreTree tree,
                                         CaseDocuments documents) {
        return ReviewSubscription.of(cases, centres, tree, documents);
    }

    /**
     * At start, the years stored deadlines still count without a published calendar feed the operator's alert. Only a
     * report: a database that cannot answer it now must not fail the start (the next case's deadline reports again).
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> provisionalYearsAtStart(ReviewCaseService cases) {
        return event -> {
            try {
                cases.reportProvisionalYears();
            } catch (DataAccessException unanswered) {
                LOG.warn("provisional calendar years not reported at start: {}", unanswered.getMessage());
            }
        };
    }
}
