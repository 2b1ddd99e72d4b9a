package org.eveseat.adapter.esi.corporation;

import java.util.List;

/** The roles of one member, by where they apply, and the roles it may grant; ESI leaves out empty lists. */
public record MemberRolesDto(long characterId, List<String> roles, List<String> rolesAtHq, List<String> rolesAtBase,
                             List<String> rolesAtOther, List<String> grantableRoles,
                             List<String> grantableRolesAtHq, List<String> grantableRolesAtBase,
                             List<String> grantableRolesAtOther) {
}
