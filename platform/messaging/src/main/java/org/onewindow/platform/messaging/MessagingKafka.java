package org.onewindow.platform.messaging;

import java.util.HashMap;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The platform's own Kafka clients (String keys, raw byte values), built from Boot's {@code spring.kafka.*}
 * settings but kept out of the context as beans so a service's own {@code KafkaTemplate} or factories are
 * unaffected. The producer's delivery guarantees are not overridable: {@code acks=all}, idempotence, at most
 * 5 requests in flight (which keeps per-partition order with idempotence).
 */
public class MessagingKafka implements DisposableBean {

    private final Map<String, Object> consumerConfig;
    private final DefaultKafkaProducerFactory<String, byte[]> producerFactory;
    private final KafkaTemplate<String, byte[]> template;
    private final KafkaTemplate<String, byte[]> relayTemplate;
    private final DefaultKafkaConsumerFactory<String, byte[]> consumerFactory;
    private final SharedAdmin admin;

    public MessagingKafka(Map<String, Object> bootProducer, Map<String, Object> bootConsumer, Map<String, Object> bootAdmin) {
        Map<String, Object> producer = new HashMap<>(bootProducer);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        producer.merge(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                (configured, max) -> Math.min(Integer.parseInt(configured.toString()), 5));
        producer.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        producer.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        this.producerFactory = new DefaultKafkaProducerFactory<>(producer);
        this.template = new KafkaTemplate<>(producerFactory);
        // the relay classifies and logs its failures itself (once per outage, once per parked row): no ERROR per send
        this.relayTemplate = new KafkaTemplate<>(producerFactory);
        this.relayTemplate.setProducerListener(null);

        Map<String, Object> consumer = new HashMap<>(bootConsumer);
        consumer.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumerConfig = Map.copyOf(consumer);
        this.consumerFactory = new DefaultKafkaConsumerFactory<>(consumerConfig);
        this.admin = new SharedAdmin(bootAdmin);
    }

    public KafkaTemplate<String, byte[]> template() {
        return template;
    }

    /** The same producer, without spring-kafka's logging of every failed send. */
    public KafkaTemplate<String, byte[]> relayTemplate() {
        return relayTemplate;
    }

    public DefaultKafkaConsumerFactory<String, byte[]> consumerFactory() {
        return consumerFactory;
    }

    /** A consumer without group (assign and seek only; nothing committed). */
    KafkaConsumer<String, byte[]> standaloneConsumer() {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "onewindow-dlt-reader");
        return new KafkaConsumer<>(config);
    }

    /** One shared admin client, created on first use. */
    Admin admin() {
        return admin.get();
    }

    @Override
    public void destroy() {
        producerFactory.destroy();
        admin.close(java.time.Duration.ofSeconds(5));
    }
}
