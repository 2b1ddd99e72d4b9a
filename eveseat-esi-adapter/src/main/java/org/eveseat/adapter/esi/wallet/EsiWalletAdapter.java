package org.eveseat.adapter.esi.wallet;

import java.math.BigDecimal;
import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.ConditionalCall;
import org.eveseat.adapter.esi.common.EsiCache;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.port.out.WalletEsi;

@ApplicationScoped
public class EsiWalletAdapter implements WalletEsi {
    private EsiWalletClient client;
    private ConditionalCall call;

    protected EsiWalletAdapter() {
    }

    @Inject
    public EsiWalletAdapter(EsiSettings settings, EsiCache cache) {
        this.client = RestClients.build(EsiWalletClient.class, settings.baseUrl(), settings);
        this.call = new ConditionalCall(cache, Clock.systemUTC());
    }

    @Override
    public EsiResult<Isk> balance(CharacterId characterId, AccessToken token) {
        String key = "/characters/" + characterId + "/wallet";
        return call.read(key,
                etag -> client.balance(characterId.value(), "Bearer " + token.value(), etag),
                body -> new Isk(new BigDecimal(body.trim())));
    }
}
