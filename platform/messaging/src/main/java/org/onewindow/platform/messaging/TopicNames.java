package org.onewindow.platform.messaging;

import org.onewindow.contracts.EventTypes;
import org.onewindow.contracts.Stream;
import org.springframework.core.env.Environment;

/**
 * Resolves a {@link Stream} to its topic: {@code onewindow.topics.<stream-id>}, default
 * {@link Stream#defaultTopic()}; and a consumer group to its dead-letter topic.
 */
public class TopicNames {

    private final Environment environment;
    private final MessagingProperties properties;

    public TopicNames(Environment environment, MessagingProperties properties) {
        this.environment = environment;
        this.properties = properties;
    }

    public String topic(Stream stream) {
        return environment.getProperty("onewindow.topics." + stream.id(), stream.defaultTopic());
    }

    /** The topic the given {@code @EventType} record is published on. */
    public String topicOf(Class<?> eventClass) {
        return topic(EventTypes.stream(eventClass));
    }

    /** The Kafka group id of a subscription group: the group plus {@code onewindow.messaging.consumer-group-suffix}. */
    public String consumerGroup(String group) {
        return group + properties.getConsumerGroupSuffix();
    }

    /** {@code <group id>.dlt}: one dead-letter topic per consumer group. */
    public String deadLetterTopic(String group) {
        return consumerGroup(group) + properties.getDeadLetters().getTopicSuffix();
    }

    /** The group whose committed offsets mark how far a DLT has been replayed. */
    public String replayGroup(String group) {
        return deadLetterTopic(group) + properties.getDeadLetters().getReplayGroupSuffix();
    }
}
