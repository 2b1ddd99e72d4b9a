package org.eveseat.adapter.esi.wallet;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiOperation;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.RestClients;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.port.out.WalletEsi;

@ApplicationScoped
public class EsiWalletAdapter implements WalletEsi {
    static final String GROUP = "char-wallet";

    private EsiWalletClient client;
    private EsiGateway esi;

    protected EsiWalletAdapter() {
    }

    @Inject
    public EsiWalletAdapter(EsiSettings settings, EsiGateway esi) {
        this.client = RestClients.build(EsiWalletClient.class, settings.baseUrl(), settings);
        this.esi = esi;
    }

    @Override
    public EsiResult<Isk> balance(CharacterId characterId, AccessToken token) {
        var op = EsiOperation.authed("/characters/" + characterId + "/wallet", GROUP, characterId);
        return esi.read(op,
                etag -> client.balance(characterId.value(), "Bearer " + token.value(), etag),
                body -> new Isk(new BigDecimal(body.trim())));
    }
}
