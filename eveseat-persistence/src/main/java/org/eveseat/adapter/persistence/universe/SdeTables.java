package org.eveseat.adapter.persistence.universe;

import static org.eveseat.adapter.persistence.universe.SdeColumn.decimal;
import static org.eveseat.adapter.persistence.universe.SdeColumn.flag;
import static org.eveseat.adapter.persistence.universe.SdeColumn.name;
import static org.eveseat.adapter.persistence.universe.SdeColumn.required;
import static org.eveseat.adapter.persistence.universe.SdeColumn.text;
import static org.eveseat.adapter.persistence.universe.SdeColumn.whole;

import java.util.List;
import java.util.Optional;

/**
 * The tables of a static data version and the export files (Fuzzwork's CSV layout of CCP's SDE) they come from.
 * Only the columns the product uses are kept.
 */
final class SdeTables {
    static final List<SdeTable> ALL = List.of(
            new SdeTable("mapRegions.csv", "region", List.of(required("region_id", "regionID"),
                    name("name", "regionName"), whole("faction_id", "factionID")), "region_id", null),
            new SdeTable("mapConstellations.csv", "constellation", List.of(required("constellation_id", "constellationID"),
                    required("region_id", "regionID"), name("name", "constellationName"),
                    whole("faction_id", "factionID")), "constellation_id", null),
            new SdeTable("mapSolarSystems.csv", "solar_system", List.of(required("system_id", "solarSystemID"),
                    required("constellation_id", "constellationID"), required("region_id", "regionID"),
                    name("name", "solarSystemName"), new SdeColumn("security", SdeColumn.Kind.DECIMAL, "security", true), decimal("x", "x"), decimal("y", "y"), decimal("z", "z"), decimal("x2d", "x2D"),
                    decimal("y2d", "y2D"), whole("faction_id", "factionID"),
                    text("security_class", "securityClass")), "system_id", null),
            new SdeTable("mapSolarSystemJumps.csv", "system_jump", List.of(required("from_system", "fromSolarSystemID"),
                    required("to_system", "toSolarSystemID")), "from_system, to_system", null),
            new SdeTable("staStations.csv", "station", List.of(required("station_id", "stationID"),
                    name("name", "stationName"), required("system_id", "solarSystemID"),
                    whole("corporation_id", "corporationID"), whole("type_id", "stationTypeID")),
                    "station_id", null),
            new SdeTable("chrFactions.csv", "faction", List.of(required("faction_id", "factionID"),
                    name("name", "factionName"), whole("corporation_id", "corporationID"),
                    whole("system_id", "solarSystemID")), "faction_id", null),
            new SdeTable("crpNPCCorporations.csv", "npc_corporation", List.of(required("corporation_id", "corporationID"),
                    name("name", "corporationName"), whole("faction_id", "factionID")), "corporation_id", null),
            new SdeTable("invTypes.csv", "inv_type", List.of(required("type_id", "typeID"), required("group_id", "groupID"),
                    name("name", "typeName"), decimal("volume", "volume"), flag("published", "published"),
                    whole("market_group_id", "marketGroupID"), whole("meta_group_id", "metaGroupID")),
                    "type_id", null),
            new SdeTable("invVolumes.csv", "type_volume", List.of(required("type_id", "typeID"),
                    decimal("packaged_volume", "volume")), "type_id", null),
            new SdeTable("invGroups.csv", "inv_group", List.of(required("group_id", "groupID"),
                    required("category_id", "categoryID"), name("name", "groupName"), flag("published", "published")),
                    "group_id", null),
            new SdeTable("invCategories.csv", "inv_category", List.of(required("category_id", "categoryID"),
                    name("name", "categoryName"), flag("published", "published")), "category_id", null),
            new SdeTable("invMetaGroups.csv", "meta_group", List.of(required("meta_group_id", "metaGroupID"),
                    name("name", "metaGroupName")), "meta_group_id", null),
            new SdeTable("industryBlueprints.csv", "blueprint", List.of(required("type_id", "typeID"),
                    whole("max_production_limit", "maxProductionLimit")), "type_id", null),
            new SdeTable("industryActivity.csv", "blueprint_activity", List.of(required("type_id", "typeID"),
                    required("activity_id", "activityID"), whole("time_seconds", "time")), "type_id, activity_id", null),
            new SdeTable("industryActivityMaterials.csv", "blueprint_material", List.of(required("type_id", "typeID"),
                    required("activity_id", "activityID"), required("material_type_id", "materialTypeID"),
                    whole("quantity", "quantity")), null, "type_id"),
            new SdeTable("industryActivityProducts.csv", "blueprint_product", List.of(required("type_id", "typeID"),
                    required("activity_id", "activityID"), required("product_type_id", "productTypeID"),
                    whole("quantity", "quantity")), null, "type_id"),
            new SdeTable("industryActivitySkills.csv", "blueprint_skill", List.of(required("type_id", "typeID"),
                    required("activity_id", "activityID"), required("skill_id", "skillID"), whole("level", "level")),
                    null, "type_id"),
            new SdeTable("industryActivityProbabilities.csv", "blueprint_probability", List.of(
                    required("type_id", "typeID"), required("activity_id", "activityID"),
                    required("product_type_id", "productTypeID"), decimal("probability", "probability")), null, "type_id"),
            new SdeTable("planetSchematics.csv", "schematic", List.of(required("schematic_id", "schematicID"),
                    name("name", "schematicName"), whole("cycle_seconds", "cycleTime")), "schematic_id", null),
            new SdeTable("planetSchematicsTypeMap.csv", "schematic_type", List.of(required("schematic_id", "schematicID"),
                    required("type_id", "typeID"), whole("quantity", "quantity"), flag("is_input", "isInput")),
                    "schematic_id, type_id", null),
            new SdeTable("planetSchematicsPinMap.csv", "schematic_pin", List.of(required("schematic_id", "schematicID"),
                    required("pin_type_id", "pinTypeID")), "schematic_id, pin_type_id", null));

    private SdeTables() {
    }

    /** The table loaded from an archive entry, by its file name whatever folder it is in. */
    static Optional<SdeTable> forEntry(String entryName) {
        String file = entryName.substring(entryName.lastIndexOf('/') + 1);
        return ALL.stream().filter(table -> table.file().equalsIgnoreCase(file)).findFirst();
    }
}
