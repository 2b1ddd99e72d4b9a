package org.eveseat.adapter.web.rest.alert;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.eveseat.domain.alert.model.AlertChannel;
import org.eveseat.domain.alert.model.Delivery;

/** Alert channels as JSON; the webhook always without its token. */
final class AlertChannelJson {
    private AlertChannelJson() {
    }

    static JsonArray channels(List<AlertChannel> channels) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        channels.forEach(channel -> array.add(channel(channel)));
        return array.build();
    }

    static JsonObject channel(AlertChannel channel) {
        return Json.createObjectBuilder()
                .add("id", channel.id())
                .add("kind", channel.kind().name().toLowerCase())
                .add("name", channel.name())
                .add("webhook", channel.maskedWebhook())
                .add("createdAt", channel.createdAt().toString())
                .add("lastDelivery", delivery(channel.lastDelivery()))
                .build();
    }

    static JsonObject delivery(Delivery delivery) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("status", delivery.status().name());
        if (delivery.at() == null) {
            json.addNull("at");
        } else {
            json.add("at", delivery.at().toString());
        }
        if (delivery.detail() == null) {
            json.addNull("detail");
        } else {
            json.add("detail", delivery.detail());
        }
        return json.build();
    }
}
