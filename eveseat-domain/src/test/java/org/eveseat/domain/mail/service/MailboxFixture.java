package org.eveseat.domain.mail.service;

import java.time.Instant;

import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.character.port.in.AccessTokenQuery;
import org.eveseat.domain.character.port.in.CharacterVisibilityQuery;
import org.eveseat.domain.shared.AccountId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.Viewer;
import org.eveseat.domain.testing.InMemoryMail;
import org.eveseat.domain.testing.ScriptedMailEsi;

/** One pilot owned by {@link #OWNER}; {@link #STRANGER} owns nothing and is no admin. */
class MailboxFixture {
    static final CharacterId PILOT = new CharacterId(2112625428L);
    static final Viewer OWNER = new Viewer(new AccountId(1), false);
    static final Viewer STRANGER = new Viewer(new AccountId(2), false);

    final ScriptedMailEsi esi = new ScriptedMailEsi();
    final InMemoryMail stored = new InMemoryMail();
    final CharacterVisibilityQuery visibility = (viewer, character) -> viewer.equals(OWNER) && character.equals(PILOT);
    final AccessTokenQuery tokens = character -> new AccessToken("token", Instant.parse("2026-11-25T13:00:00Z"));
}
