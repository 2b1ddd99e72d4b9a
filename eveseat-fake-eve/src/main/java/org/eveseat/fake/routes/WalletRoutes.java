package org.eveseat.fake.routes;

import org.eveseat.fake.EsiRequest;
import org.eveseat.fake.EsiRoute;
import org.eveseat.fake.HttpError;
import org.eveseat.fake.Json;
import org.eveseat.fake.RateLimitGroup;
import org.eveseat.fake.ledger.CorporationLedger;
import org.eveseat.fake.ledger.WalletDivision;
import org.eveseat.fake.ledger.WalletTransaction;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Character wallet, journal and transactions; corporation wallets, division journals and division names. */
public final class WalletRoutes {

    private static final String[] ACCOUNTANTS = {"Accountant", "Junior_Accountant"};

    private WalletRoutes() {
    }

    public static List<EsiRoute> routes() {
        return List.of(
                character("/characters/{character_id}/wallet").cacheSeconds(120)
                        .answer(request -> request.character().walletBalance()),
                character("/characters/{character_id}/wallet/journal").cacheSeconds(3600)
                        .pages(request -> request.character().journal(), Json::object),
                character("/characters/{character_id}/wallet/transactions").cacheSeconds(3600)
                        .fromId(request -> request.character().transactions(), WalletTransaction::transactionId,
                                Json::object),
                corporation("/corporations/{corporation_id}/wallets").cacheSeconds(300)
                        .answer(request -> request.corporation().wallets().stream()
                                .map(wallet -> Map.of("division", wallet.division(), "balance", wallet.balance()))
                                .toList()),
                corporation("/corporations/{corporation_id}/wallets/{division}/journal").cacheSeconds(3600)
                        .pages(request -> division(request).journal(), Json::object),
                corporation("/corporations/{corporation_id}/wallets/{division}/transactions").cacheSeconds(3600)
                        .fromId(request -> division(request).transactions(), WalletTransaction::transactionId,
                                transaction -> Json.without(transaction, "is_personal")),
                EsiRoute.get("/corporations/{corporation_id}/divisions").scope(Scopes.READ_DIVISIONS)
                        .roles("Director").group(RateLimitGroup.CORP_WALLET).cacheSeconds(3600)
                        .answer(WalletRoutes::divisions));
    }

    private static EsiRoute character(String path) {
        return EsiRoute.get(path).scope(Scopes.READ_CHARACTER_WALLET).group(RateLimitGroup.CHAR_WALLET);
    }

    private static EsiRoute corporation(String path) {
        return EsiRoute.get(path).scope(Scopes.READ_CORPORATION_WALLETS).roles(ACCOUNTANTS)
                .group(RateLimitGroup.CORP_WALLET);
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
