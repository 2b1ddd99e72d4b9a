package org.eveseat.domain.event.service;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.character.port.in.CorporationVisibilityQuery;
import org.eveseat.domain.corporation.model.CorporationRole;
import org.eveseat.domain.corporation.port.in.CorporationRolesQuery;
import org.eveseat.domain.event.model.LiveTopics;
import org.eveseat.domain.event.port.in.TopicAccessQuery;
import org.eveseat.domain.market.model.MarketRoles;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.Viewer;

/**
 * Maps each topic to the data it carries and asks the same visibility rules the API uses: a character's topics
 * for its owner, a corporation's for its members (its market orders for the roles the API asks for), the job and alert feeds for admins, killmails, announcements
 * and the market's book swaps (public data) for everyone logged in.
 */
public class TopicAccessService implements TopicAccessQuery {
    private static final Pattern OWNED = Pattern.compile("(character|corporation)\\.([1-9][0-9]{0,18})\\.([a-z]+)");
    private static final Set<String> CHARACTER_FEATURES = Set.of("wallet", "mail", "contracts", "calendar", "alerts",
            "market");
    private static final Set<String> CORPORATION_FEATURES = Set.of("wallet", "contracts");
    /** Corporation topics whose data needs a role, with the roles the API asks for. */
    private static final Map<String, Set<CorporationRole>> CORPORATION_ROLE_FEATURES =
            Map.of("market", MarketRoles.CORPORATION_ORDERS);

    private final CharacterVisibilityQuery characters;
    private final CorporationVisibilityQuery corporations;
    private final CorporationRolesQuery roles;

    public TopicAccessService(CharacterVisibilityQuery characters, CorporationVisibilityQuery corporations,
                              CorporationRolesQuery roles) {
        this.characters = characters;
        this.corporations = corporations;
        this.roles = roles;
    }

    @Override
    public TopicAccess access(Viewer viewer, String topic) {
        if (topic == null) {
            return TopicAccess.UNKNOWN;
        }
        switch (topic) {
            case LiveTopics.KILLMAILS, LiveTopics.ANNOUNCEMENTS, LiveTopics.MARKET:
                return TopicAccess.ALLOWED;
            case LiveTopics.JOBS, LiveTopics.ALERTS:
                return allowedIf(viewer.admin());
            default:
                return owned(viewer, topic);
        }
    }

    private TopicAccess owned(Viewer viewer, String topic) {
        Matcher m = OWNED.matcher(topic);
        if (!m.matches()) {
            return TopicAccess.UNKNOWN;
        }
        long id = Long.parseLong(m.group(2));
        if ("character".equals(m.group(1))) {
            return CHARACTER_FEATURES.contains(m.group(3))
                    ? allowedIf(characters.canSee(viewer, new CharacterId(id))) : TopicAccess.UNKNOWN;
        }
        Set<CorporationRole> needed = CORPORATION_ROLE_FEATURES.get(m.group(3));
        if (needed != null) {
            return allowedIf(roles.holdsAny(viewer, new CorporationId(id), needed));
        }
        return CORPORATION_FEATURES.contains(m.group(3))
                ? allowedIf(corporations.canSee(viewer, new CorporationId(id))) : TopicAccess.UNKNOWN;
    }

    private static TopicAccess allowedIf(boolean allowed) {
        return allowed ? TopicAccess.ALLOWED : TopicAccess.FORBIDDEN;
    }
}
