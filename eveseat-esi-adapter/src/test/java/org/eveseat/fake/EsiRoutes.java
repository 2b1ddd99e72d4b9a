package org.eveseat.fake;

import java.time.Duration;
import java.util.List;

/** The operations the fake ESI serves; cache times and groups are those of swagger.json (2026-08-04). */
final class EsiRoutes {

    static final String READ_CHARACTER_WALLET = "esi-wallet.read_character_wallet.v1";

    private EsiRoutes() {
    }

    static List<EsiRoute> defaults() {
        return List.of(
                EsiRoute.get("/characters/{character_id}/wallet", READ_CHARACTER_WALLET,
                        RateLimitGroup.CHAR_WALLET, Duration.ofSeconds(120),
                        request -> request.ledger().walletBalance(request.longParam("character_id")).toPlainString()));
    }
}
