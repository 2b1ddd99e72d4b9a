package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRequest;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.HttpError;
import org.eveseat.fake.Json;
import org.eveseat.fake.ledger.CorporationLedger;
import org.eveseat.fake.ledger.WalletDivision;
import org.eveseat.fake.ledger.WalletTransaction;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Character wallet, journal and transactions; corporation wallets, division journals and division names. */
public final class WalletRoutes {

    private WalletRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                EsiRoute.of("GET /characters/{character_id}/wallet")
                        .answer(request -> request.character().walletBalance()),
                EsiRoute.of("GET /characters/{character_id}/wallet/journal")
                        .pages(request -> request.character().journal(), Json::object),
                EsiRoute.of("GET /characters/{character_id}/wallet/transactions")
                        .fromId(request -> request.character().transactions(), WalletTransaction::transactionId,
                                Json::object),
                EsiRoute.of("GET /corporations/{corporation_id}/wallets")
                        .answer(request -> request.corporation().wallets().stream()
                                .map(wallet -> Map.of("division", wallet.division(), "balance", wallet.balance()))
                                .toList()),
                EsiRoute.of("GET /corporations/{corporation_id}/wallets/{division}/journal")
                        .pages(request -> division(request).journal(), Json::object),
                EsiRoute.of("GET /corporations/{corporation_id}/wallets/{division}/transactions")
                        .fromId(request -> division(request).transactions(), WalletTransaction::transactionId,
                                transaction -> Json.without(transaction, "is_personal")),
                EsiRoute.of("GET /corporations/{corporation_id}/divisions").answer(WalletRoutes::divisions));
    }

    private static WalletDivision division(EsiRequest request) {
        long division = request.longParam("division");
        if (division < 1 || division > 7) {
            throw HttpError.invalid("path.division", "expected number between 1 and 7", division);
        }
        return request.corporation().wallet((int) division);
    }

    private static Map<String, Object> divisions(EsiRequest request) {
        CorporationLedger corporation = request.corporation();
        return Map.of(
                "hangar", IntStream.rangeClosed(1, 7).mapToObj(division -> Map.of("division", division,
                        "name", corporation.hangarNames().get(division - 1))).toList(),
                "wallet", corporation.wallets().stream().map(wallet -> Map.of("division", wallet.division(),
                        "name", wallet.name())).toList());
    }
}
