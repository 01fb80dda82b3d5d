package org.onewindow.monitor.infrastructure.adapters.web;

import java.util.List;

import org.onewindow.monitor.infrastructure.adapters.messaging.BrokerView;
import org.onewindow.monitor.infrastructure.adapters.messaging.ConsumerProgress;
import org.onewindow.monitor.infrastructure.adapters.messaging.ReadModelRebuild;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Infrastructure health, apart from the business figures: consumer lag per group and topic and dead letters per
 * service, from the broker's admin API (not from the streams); and how far monitor's own read model is behind.
 * Rebuilding the read model is an OPS action.
 */
@RestController
@RequestMapping("/api/monitor/v1")
public class InfrastructureController {

    private final BrokerView broker;
    private final ConsumerProgress progress;
    private final ReadModelRebuild rebuild;

    public InfrastructureController(BrokerView broker, ConsumerProgress progress, ReadModelRebuild rebuild) {
        this.broker = broker;
        this.progress = progress;
        this.rebuild = rebuild;
    }

    /**
     * @param readModelBehind records of the public topics not yet in monitor's read model (-1: broker unreachable)
     */
    public record InfrastructureView(List<BrokerView.GroupLag> consumerLag, List<BrokerView.DeadLetterDepth> deadLetters,
                                     long readModelBehind) {
    }

    @GetMapping("/infrastructure")
    public InfrastructureView infrastructure() {
        return new InfrastructureView(broker.consumerLag(), broker.deadLetters(), progress.behind());
    }

    /** What a rebuild answers: the consumers are replaying; watch {@code readModelBehind} fall to 0. */
    public record RebuildView(String status) {
    }

    @PostMapping("/read-model/rebuilds")
    public ResponseEntity<RebuildView> rebuild() {
        rebuild.rebuild();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new RebuildView("REPLAYING"));
    }
}
