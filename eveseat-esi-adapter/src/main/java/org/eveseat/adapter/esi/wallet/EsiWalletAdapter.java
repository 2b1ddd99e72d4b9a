package org.eveseat.adapter.esi.wallet;

import java.math.BigDecimal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eveseat.adapter.esi.common.EsiGateway;
import org.eveseat.adapter.esi.common.EsiRequest;
import org.eveseat.adapter.esi.common.EsiSettings;
import org.eveseat.adapter.esi.common.EsiTable;
import org.eveseat.domain.character.model.AccessToken;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.EsiResult;
import org.eveseat.domain.shared.Isk;
import org.eveseat.domain.wallet.port.out.WalletEsi;

@ApplicationScoped
public class EsiWalletAdapter implements WalletEsi {
    private EsiTable esi;

    protected EsiWalletAdapter() {
    }

    @Inject
    public EsiWalletAdapter(EsiSettings settings, EsiGateway esi) {
        this.esi = new EsiTable(esi, settings);
    }

    @Override
    public EsiResult<Isk> balance(CharacterId characterId, AccessToken token) {
        return esi.read(EsiRequest.of("GET /characters/{character_id}/wallet").with("character_id", characterId)
                .token(token), body -> new Isk(new BigDecimal(body.trim())));
    }
}
