package org.eveseat.adapter.alert;

import java.util.List;

import jakarta.json.Json;

import org.eveseat.domain.alert.model.AlertMessage;
import org.eveseat.domain.alert.model.ChannelKind;

/**
 * A message in each service's format. Discord: an embed (title, one line each, the time), mentions switched off
 * so that a name like "@everyone" in a contract's title pings nobody. Slack: text with a bold title (mrkdwn), with
 * Slack's three control characters escaped as its documentation asks.
 */
final class WebhookBodies {
    /** Discord's limit for an embed's description is 4,096 characters; Slack's text is cut well before its own. */
    private static final int MAX_TEXT = 3_900;

    private WebhookBodies() {
    }

    static String of(ChannelKind kind, AlertMessage message) {
        return kind == ChannelKind.DISCORD ? discord(message) : slack(message);
    }

    private static String discord(AlertMessage message) {
        return Json.createObjectBuilder()
                .add("username", "EVESeat")
                .add("allowed_mentions", Json.createObjectBuilder().add("parse", Json.createArrayBuilder()))
                .add("embeds", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("title", cut(message.title(), 256))
                        .add("description", cut(String.join("\n", message.lines()), MAX_TEXT))
                        .add("timestamp", message.at().toString())))
                .build().toString();
    }

    private static String slack(AlertMessage message) {
        List<String> lines = message.lines().stream().map(line -> "• " + escape(line)).toList();
        String text = "*" + escape(message.title()) + "*\n" + String.join("\n", lines);
        return Json.createObjectBuilder().add("text", cut(text, MAX_TEXT)).build().toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
