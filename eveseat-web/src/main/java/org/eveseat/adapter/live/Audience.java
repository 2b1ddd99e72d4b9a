package org.eveseat.adapter.live;

import java.util.Arrays;
import java.util.Collection;

/**
 * Which accounts an event may reach besides admins: everyone allowed on its topic, or a list of account ids
 * (sorted, so a socket's check is a binary search). Written into the feed's lines as {@code *} or {@code 3,7}.
 */
public final class Audience {
    public static final Audience EVERYONE = new Audience(null);
    private static final String EVERYONE_TEXT = "*";

    private final long[] accounts;

    private Audience(long[] accounts) {
        this.accounts = accounts;
    }

    /** Only these accounts (none when empty); null means everyone. */
    public static Audience of(Collection<Long> accountIds) {
        return accountIds == null ? EVERYONE
                : new Audience(accountIds.stream().mapToLong(Long::longValue).sorted().distinct().toArray());
    }

    public boolean isEveryone() {
        return accounts == null;
    }

    public boolean includes(long accountId) {
        return accounts == null || Arrays.binarySearch(accounts, accountId) >= 0;
    }

    public String text() {
        if (accounts == null) {
            return EVERYONE_TEXT;
        }
        StringBuilder text = new StringBuilder();
        for (long account : accounts) {
            text.append(text.length() == 0 ? "" : ",").append(account);
        }
        return text.toString();
    }

    public static Audience parse(String text) {
        if (EVERYONE_TEXT.equals(text)) {
            return EVERYONE;
        }
        return new Audience(text.isEmpty() ? new long[0]
                : Arrays.stream(text.split(",")).mapToLong(Long::parseLong).sorted().toArray());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Audience that && Arrays.equals(accounts, that.accounts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(accounts);
    }

    @Override
    public String toString() {
        return text();
    }
}
