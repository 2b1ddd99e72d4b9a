package org.eveseat.fake;

import org.eveseat.fake.ledger.CharacterLedger;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class FakeEsiAuthorizationTest extends FakeEsiTestSupport {

    static final long CORPORATION = 98000001L;
    static final String WALLETS = "/corporations/" + CORPORATION + "/wallets";

    @Test
    void corporationRoutesNeedOneOfTheirRoles() {
        CharacterLedger me = esi.ledger().character(PILOT);

        HttpResponse<String> noRole = get(WALLETS);
        me.roles("Junior_Accountant");
        HttpResponse<String> junior = get(WALLETS);

        assertThat(noRole.statusCode()).isEqualTo(403);
        assertThat(object(noRole)).isEqualTo(Map.of("error", "Character does not have required role(s)",
                "status", 403L));
        assertThat(junior.statusCode()).isEqualTo(200);
        assertThat(list(junior)).extracting(wallet -> wallet.get("division"))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
        assertThat(get("/corporations/" + CORPORATION + "/divisions").statusCode()).as("needs Director")
                .isEqualTo(403);
        me.roles(CharacterLedger.DIRECTOR);
        assertThat(get("/corporations/" + CORPORATION + "/divisions").statusCode()).isEqualTo(200);
        assertThat(get("/corporations/" + CORPORATION + "/wallets/8/journal").statusCode()).isEqualTo(400);
    }

    @Test
    void onlyMembersReadTheirCorporationAndAlliance() {
        esi.ledger().character(PILOT).roles(CharacterLedger.DIRECTOR);

        assertThat(get("/corporations/98000042/wallets").statusCode()).isEqualTo(403);
        assertThat(get("/corporations/98000042/contacts").statusCode()).isEqualTo(403);
        assertThat(get("/corporations/" + CORPORATION + "/contacts").statusCode()).isEqualTo(200);
        assertThat(get("/alliances/99000001/contacts").statusCode()).isEqualTo(200);
        assertThat(get("/alliances/99000042/contacts").statusCode()).isEqualTo(403);

        esi.ledger().character(PILOT).corporationId(98000042L);
        esi.ledger().corporation(98000042L).allianceId(99000042L);
        assertThat(get("/corporations/98000042/wallets").statusCode()).isEqualTo(200);
        assertThat(get("/alliances/99000042/contacts").statusCode()).isEqualTo(200);
    }

    @Test
    void scopesAndCharactersAreChecked() {
        String mailOnly = sso.mintAccessToken(PILOT, Set.of("esi-mail.read_mail.v1"));

        assertThat(client.get("/characters/" + PILOT + "/mail", mailOnly).statusCode()).isEqualTo(200);
        assertThat(client.get("/characters/" + PILOT + "/contacts", mailOnly).statusCode()).isEqualTo(403);
        assertThat(client.get("/characters/" + FRIEND + "/mail", mailOnly).statusCode()).isEqualTo(403);
        assertThat(client.send("POST", "/characters/" + PILOT + "/mail", null, "{}").statusCode()).isEqualTo(401);
        assertThat(client.get("/status", null).statusCode()).isEqualTo(200);
    }

    @Test
    void everyRouteHonoursTheMisbehaviourSwitches() {
        esi.failNext(1, 502).tooManyRequestsNext(3);

        assertThat(client.get("/universe/regions", null).statusCode()).isEqualTo(502);
        assertThat(header(get("/characters/" + PILOT + "/contacts"), "Retry-After")).isEqualTo("3");
        esi.truncateNextBody();
        assertThat(catchThrowable(() -> client.get("/universe/systems", null)))
                .isNotNull();
        HttpResponse<String> fine = get("/characters/" + PILOT + "/mail");
        assertThat(fine.statusCode()).isEqualTo(200);
        assertThat(header(fine, "X-ESI-Error-Limit-Remain")).isEqualTo("998");
        assertThat(header(fine, "X-Ratelimit-Group")).isEqualTo("char-social");
        assertThat(header(fine, "X-Ratelimit-Limit")).isEqualTo("600/15m");
    }
}
