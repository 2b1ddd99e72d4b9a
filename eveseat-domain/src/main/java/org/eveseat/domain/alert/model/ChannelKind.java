package org.eveseat.domain.alert.model;

import java.util.List;

/** Where a channel posts: a Discord channel's webhook or a Slack incoming webhook, with the addresses each gives. */
public enum ChannelKind {
    DISCORD(List.of("https://discord.com/api/webhooks/", "https://discordapp.com/api/webhooks/",
            "https://ptb.discord.com/api/webhooks/", "https://canary.discord.com/api/webhooks/")),
    SLACK(List.of("https://hooks.slack.com/services/", "https://hooks.slack.com/workflows/"));

    private final List<String> prefixes;

    ChannelKind(List<String> prefixes) {
        this.prefixes = prefixes;
    }

    /** The beginnings of the webhook addresses Discord or Slack hand out. */
    public List<String> prefixes() {
        return prefixes;
    }
}
