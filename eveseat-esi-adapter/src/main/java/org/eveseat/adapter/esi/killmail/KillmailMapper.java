package org.eveseat.adapter.esi.killmail;

import java.util.List;

import org.eveseat.adapter.esi.killmail.KillmailDto.AttackerDto;
import org.eveseat.adapter.esi.killmail.KillmailDto.ItemDto;
import org.eveseat.adapter.esi.killmail.KillmailDto.VictimDto;
import org.eveseat.domain.killmail.model.Combatant;
import org.eveseat.domain.killmail.model.Killmail;
import org.eveseat.domain.shared.AllianceId;
import org.eveseat.domain.shared.CharacterId;
import org.eveseat.domain.shared.CorporationId;
import org.eveseat.domain.shared.KillmailRef;
import org.eveseat.domain.shared.Position;
import org.eveseat.domain.shared.SolarSystemId;
import org.eveseat.domain.shared.TypeId;

final class KillmailMapper {
    private KillmailMapper() {
    }

    static KillmailRef toDomain(KillmailRefDto dto) {
        return new KillmailRef(dto.killmailId(), dto.killmailHash());
    }

    static Killmail toDomain(KillmailDto dto) {
        return new Killmail(dto.killmailId(), dto.killmailTime(),
                new SolarSystemId(dto.solarSystemId()), dto.moonId(), dto.warId(),
                victim(dto.victim()), dto.attackers().stream().map(KillmailMapper::attacker).toList());
    }

    private static Killmail.Victim victim(VictimDto dto) {
        Position position = dto.position() == null ? null
                : new Position(dto.position().x(), dto.position().y(), dto.position().z());
        return new Killmail.Victim(combatant(dto.characterId(), dto.corporationId(), dto.allianceId(),
                dto.factionId()), new TypeId(dto.shipTypeId()), dto.damageTaken(), position, items(dto.items()));
    }

    private static Killmail.Attacker attacker(AttackerDto dto) {
        return new Killmail.Attacker(combatant(dto.characterId(), dto.corporationId(), dto.allianceId(),
                dto.factionId()), typeId(dto.shipTypeId()), typeId(dto.weaponTypeId()), dto.damageDone(),
                dto.finalBlow(), dto.securityStatus());
    }

    private static Combatant combatant(Long character, Long corporation, Long alliance, Long faction) {
        return new Combatant(character == null ? null : new CharacterId(character),
                corporation == null ? null : new CorporationId(corporation),
                alliance == null ? null : new AllianceId(alliance), faction);
    }

    /** ESI leaves out the items of an empty hull and of anything that is not a container. */
    private static List<Killmail.Item> items(List<ItemDto> dtos) {
        return dtos == null ? List.of() : dtos.stream().map(item -> new Killmail.Item(new TypeId(item.itemTypeId()),
                item.flag(), orZero(item.quantityDestroyed()), orZero(item.quantityDropped()), item.singleton(),
                items(item.items()))).toList();
    }

    private static TypeId typeId(Long value) {
        return value == null ? null : new TypeId(value);
    }

    private static long orZero(Long quantity) {
        return quantity == null ? 0 : quantity;
    }
}
