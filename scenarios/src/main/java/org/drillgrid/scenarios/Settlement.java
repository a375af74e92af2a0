package org.drillgrid.scenarios;

import org.drillgrid.model.scenario.LandUse;
import org.drillgrid.model.scenario.StructureClass;

/**
 * What kind of built-up area a cell belongs to. Decides the cell's share of the population and the mix
 * of building structures drawn for it. The mixes follow the usual picture of a Henan county town: a
 * reinforced-concrete core, brick-concrete walk-ups around it, steel sheds in industrial parks, and
 * self-built adobe and brick-wood houses in the villages.
 */
enum Settlement {
    NONE(0, LandUse.NONE, new StructureClass[] {StructureClass.NONE}, new double[] {1}),
    CORE(2.5, LandUse.URBAN_DENSE,
            new StructureClass[] {StructureClass.RC_FRAME, StructureClass.BRICK_CONCRETE},
            new double[] {0.7, 1}),
    RESIDENTIAL(1.0, LandUse.URBAN_RESIDENTIAL,
            new StructureClass[] {StructureClass.BRICK_CONCRETE, StructureClass.RC_FRAME},
            new double[] {0.7, 1}),
    INDUSTRIAL(0.08, LandUse.INDUSTRIAL,
            new StructureClass[] {StructureClass.STEEL, StructureClass.BRICK_CONCRETE},
            new double[] {0.8, 1}),
    VILLAGE(0.6, LandUse.URBAN_RESIDENTIAL,
            new StructureClass[] {StructureClass.ADOBE_RURAL, StructureClass.BRICK_WOOD, StructureClass.BRICK_CONCRETE},
            new double[] {0.5, 0.8, 1});

    private final double weight;
    private final LandUse landUse;
    private final StructureClass[] structures;
    private final double[] upTo;

    Settlement(double weight, LandUse landUse, StructureClass[] structures, double[] upTo) {
        this.weight = weight;
        this.landUse = landUse;
        this.structures = structures;
        this.upTo = upTo;
    }

    /** Relative number of residents of one cell of this kind. */
    double weight() {
        return weight;
    }

    /** The land-use class a cell of this kind shows (villages are residential land, there is no rural class). */
    LandUse landUse() {
        return landUse;
    }

    /** The structure class for a uniform draw {@code u} in [0, 1). */
    StructureClass structure(double u) {
        for (int i = 0; i < upTo.length; i++) {
            if (u < upTo[i]) {
                return structures[i];
            }
        }
        return structures[structures.length - 1];
    }

    static Settlement of(double ordinal) {
        return values()[(int) ordinal];
    }
}
