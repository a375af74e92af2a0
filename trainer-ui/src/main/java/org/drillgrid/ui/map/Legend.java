package org.drillgrid.ui.map;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drillgrid.engine.api.Frame;
import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.RoadClass;

/** The legend of a map: an entry for each class of each layer shown, in drawing order, and nothing else. */
final class Legend {

    private Legend() {
    }

    static List<MapScene.LegendEntry> of(Set<MapLayer> shown, Words w) {
        List<MapScene.LegendEntry> out = new ArrayList<>();
        for (MapLayer layer : MapLayer.values()) {
            if (shown.contains(layer)) {
                entries(layer, w, out);
            }
        }
        return out;
    }

    private static void entries(MapLayer layer, Words w, List<MapScene.LegendEntry> out) {
        switch (layer) {
            case LAND_USE -> {
                add(out, w.get("legend.water"), Palette.landUse(LandUse.WATER));
                add(out, w.get("legend.urban"), Palette.landUse(LandUse.URBAN_DENSE));
                add(out, w.get("legend.residential"), Palette.landUse(LandUse.URBAN_RESIDENTIAL));
                add(out, w.get("legend.industrial"), Palette.landUse(LandUse.INDUSTRIAL));
                add(out, w.get("legend.cropland"), Palette.landUse(LandUse.CROPLAND));
                add(out, w.get("legend.forest"), Palette.landUse(LandUse.FOREST));
            }
            case POPULATION -> add(out, w.get("legend.population"), Palette.POPULATION);
            case WATER -> {
                for (double d : Palette.DEPTH_CLASSES) {
                    add(out, w.get("legend.depth", String.valueOf(d)), Palette.depth(d));
                }
            }
            case PEOPLE -> {
                for (int s = Frame.PEOPLE_UNAWARE; s <= Frame.PEOPLE_DEAD; s++) {
                    add(out, w.get("legend.people." + s), Palette.people(s));
                }
            }
            case ROADS -> {
                add(out, w.get("legend.road"), Palette.road(RoadClass.MAIN));
                add(out, w.get("legend.underpass"), Palette.road(RoadClass.UNDERPASS));
            }
            case CLOSURES -> {
                add(out, w.get("legend.closed"), Palette.CLOSED);
                add(out, w.get("legend.blocked"), Palette.BLOCKED);
            }
            case OUTAGES -> {
                add(out, w.get("legend.powerOut"), Palette.POWER_OUT);
                add(out, w.get("legend.networkOut"), Palette.NETWORK_OUT);
            }
            case SHELTERS -> {
                add(out, w.get("legend.shelter"), Palette.SHELTER);
                add(out, w.get("legend.shelterFilling"), Palette.SHELTER_FILLING);
                add(out, w.get("legend.shelterFull"), Palette.SHELTER_FULL);
                add(out, w.get("legend.shelterClosed"), Palette.SHELTER_CLOSED);
            }
            case DEPOTS -> add(out, w.get("legend.depot"), Palette.DEPOT);
            case TEAMS -> {
                add(out, w.get("legend.team"), Palette.TEAM);
                add(out, w.get("legend.teamIdle"), Palette.TEAM_IDLE);
            }
            case CONVOYS -> add(out, w.get("legend.convoy"), Palette.CONVOY);
            case REPORTS -> {
                add(out, w.get("legend.report"), Palette.REPORT);
                add(out, w.get("legend.alert"), Palette.ALERT);
            }
            case FIRE -> {
                add(out, w.get("legend.burned"), Palette.BURNED);
                add(out, w.get("legend.fireline"), Palette.FIRELINE);
            }
            case DAMAGE -> {
                for (int s = 1; s <= 4; s++) {
                    add(out, w.get("legend.damage." + s), Palette.damage(s));
                }
            }
            case PLACES -> add(out, w.get("legend.place"), Palette.PLACE);
            case SENSORS -> add(out, w.get("legend.sensor"), Palette.SENSOR);
        }
    }

    private static void add(List<MapScene.LegendEntry> out, String text, Color colour) {
        out.add(new MapScene.LegendEntry(text, Palette.hex(colour)));
    }
}
