package org.onewindow.intake.messages.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class NotificationChannelsTest {

    private static NotificationChannel named(String name) {
        return new NotificationChannel() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void send(Notification notification) {
            }
        };
    }

    @Test
    void the_configured_channel_is_picked_by_name() {
        NotificationChannel provider = named("acme-sms");

        assertThat(NotificationChannels.select(List.of(named("recording"), provider), "acme-sms")).isSameAs(provider);
    }

    @Test
    void a_configured_provider_that_is_not_on_the_classpath_stops_the_start_naming_the_key() {
        assertThatThrownBy(() -> NotificationChannels.select(List.of(), "acme-sms"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("onewindow.intake.notifications.channel=acme-sms")
                .hasMessageContaining("set it to recording");
    }
}
