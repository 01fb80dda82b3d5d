package org.onewindow.monitor.infrastructure.adapters.messaging;

import org.onewindow.monitor.figures.adapters.persistence.JdbcReadModel;
import org.onewindow.platform.messaging.SubscriptionContainers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the read model from the topics: stops the consumers, empties the read model, the inbox and sets the
 * stored positions back to the beginning in one transaction, and starts the consumers again. Alerts are kept: they
 * carry the operators' acknowledgements, and their deterministic ids stop the replay from raising them again.
 */
public record ReadModelRebuild(SubscriptionContainers consumers, JdbcReadModel model, TransactionTemplate transaction) {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);

    public synchronized void rebuild() {
        log.info("rebuilding the read model from the beginning of every public topic");
        consumers.stop();
        try {
            transaction.executeWithoutResult(status -> model.reset());
        } finally {
            consumers.start();
        }
    }
}
