package org.drillgrid.engine.hazard.fire;

/**
 * The no-wind, no-slope part of Rothermel's (1972, INT-RP-115) surface fire model for one fuel model and moisture,
 * with Albini's (1976, INT-GTR-30) revisions, in the model's own units (ft, lb, BTU, min).
 *
 * <p>Up to four dead particle classes (1-h, 10-h, 100-h and, for a dynamic model, cured herbaceous) and two live
 * ones (herbaceous, woody). Particles are weighted by surface area within their life class and the life classes by
 * their share of the total surface area (Rothermel 1972, eq. 53-56); the net loads that drive the reaction intensity
 * are weighted instead by the surface area of all particles in the same SAV size bin (Albini 1976, p. 88-89: bins
 * at 1200, 192, 96, 48 and 16 1/ft), as BehavePlus does. The live moisture of extinction follows Albini (1976, p. 89).
 * Fixed particle properties are the standard ones: density 32 lb/ft³, total silica 0.0555, effective silica 0.01.
 */
final class FuelBed {

    static final double LB_PER_FT2_PER_TON_PER_ACRE = 2000.0 / 43560.0;
    private static final double PARTICLE_DENSITY = 32;
    private static final double TOTAL_SILICA = 0.0555;
    private static final double EFFECTIVE_SILICA = 0.01;
    private static final double SAV_10H = 109;
    private static final double SAV_100H = 30;
    private static final double[] SIZE_BIN_LOWER_BOUNDS = {1200, 192, 96, 48, 16};

    /** Characteristic SAV σ, 1/ft. */
    final double sigma;
    /** Packing ratio β. */
    final double packingRatio;
    /** β / β_op. */
    final double relativePackingRatio;
    /** Reaction intensity I_R, BTU/ft²/min. */
    final double reactionIntensity;
    /** No-wind, no-slope rate of spread R0, ft/min. */
    final double noWindNoSlopeRos;

    private FuelBed(double sigma, double packingRatio, double relativePackingRatio, double reactionIntensity,
            double noWindNoSlopeRos) {
        this.sigma = sigma;
        this.packingRatio = packingRatio;
        this.relativePackingRatio = relativePackingRatio;
        this.reactionIntensity = reactionIntensity;
        this.noWindNoSlopeRos = noWindNoSlopeRos;
    }

    /** Residence time of the flaming front, 384/σ minutes (Anderson 1969, as used by Albini 1976). */
    double residenceTimeMin() {
        return 384 / sigma;
    }

    /** The fuel bed with the model's own curing of live herbaceous fuel. */
    static FuelBed of(FuelModel f, Moisture m) {
        return of(f, m, f.curedHerbFraction(m.liveHerb()));
    }

    /** The fuel bed with {@code cured} of the live herbaceous load moved to the dead cured-herb class. */
    static FuelBed of(FuelModel f, Moisture m, double cured) {
        double herb = f.loadLiveHerb();
        Life dead = new Life(
                new double[] {f.load1h(), f.load10h(), f.load100h(), herb * cured},
                new double[] {f.sav1h(), SAV_10H, SAV_100H, f.savLiveHerb()},
                new double[] {m.d1(), m.d10(), m.d100(), m.d1()}, f.heatDead());
        Life live = new Life(new double[] {herb * (1 - cured), f.loadLiveWoody()},
                new double[] {f.savLiveHerb(), f.savLiveWoody()},
                new double[] {m.liveHerb(), m.liveWoody()}, f.heatLive());

        double totalArea = dead.area + live.area;
        if (totalArea <= 0) {
            return new FuelBed(0, 0, 0, 0, 0);
        }
        double fDead = dead.area / totalArea;
        double fLive = live.area / totalArea;
        double sigma = fDead * dead.weighted(dead.sav) + fLive * live.weighted(live.sav);

        double depth = f.depth();
        double bulkDensity = (dead.totalLoad() + live.totalLoad()) / depth;
        double beta = (dead.totalLoad() + live.totalLoad()) / (depth * PARTICLE_DENSITY);
        double betaOpt = 3.348 * Math.pow(sigma, -0.8189);
        double betaRel = beta / betaOpt;

        // Optimum reaction velocity Γ', 1/min (Rothermel 1972, eq. 36-39, with the exponent A of Albini 1976)
        double a = 133 * Math.pow(sigma, -0.7913);
        double s15 = Math.pow(sigma, 1.5);
        double gammaMax = s15 / (495 + 0.0594 * s15);
        double gamma = gammaMax * Math.pow(betaRel, a) * Math.exp(a * (1 - betaRel));

        double mxDead = f.extinctionMoistureDead() / 100;
        double mxLive = liveExtinctionMoisture(dead, live, mxDead);
        double reaction = gamma * (dead.reactionTerm(mxDead) + live.reactionTerm(mxLive));

        // Propagating flux ratio ξ (Rothermel 1972, eq. 42) and heat sink ρb·ε·Qig (eq. 14, 12)
        double xi = Math.exp((0.792 + 0.681 * Math.sqrt(sigma)) * (beta + 0.1)) / (192 + 0.2595 * sigma);
        double heatSink = bulkDensity * (fDead * dead.heatOfPreignition() + fLive * live.heatOfPreignition());
        double r0 = heatSink > 1e-9 ? reaction * xi / heatSink : 0;
        return new FuelBed(sigma, beta, betaRel, reaction, r0);
    }

    /**
     * Live fuel moisture of extinction (fraction) from the fine dead to fine live load ratio and the fine dead moisture
     * (Albini 1976, p. 89, after Fosberg and Schroeder 1971); never below the dead one.
     */
    private static double liveExtinctionMoisture(Life dead, Life live, double mxDead) {
        double fineDead = 0;
        double fineDeadWater = 0;
        for (int j = 0; j < dead.load.length; j++) {
            double w = dead.load[j] * Math.exp(-138 / dead.sav[j]);
            fineDead += w;
            fineDeadWater += w * dead.moisture[j];
        }
        double fineLive = 0;
        for (int j = 0; j < live.load.length; j++) {
            if (live.sav[j] > 0) {
                fineLive += live.load[j] * Math.exp(-500 / live.sav[j]);
            }
        }
        double ratio = fineLive > 1e-9 ? fineDead / fineLive : 0;
        double fineDeadMoisture = fineDead > 1e-9 ? fineDeadWater / fineDead : 0;
        double mx = 2.9 * ratio * (1 - fineDeadMoisture / mxDead) - 0.226;
        return Math.max(mx, mxDead);
    }

    /** One life class (dead or live): loads in lb/ft², SAV in 1/ft, moisture as a fraction, heat in BTU/lb. */
    private static final class Life {
        final double[] load;
        final double[] sav;
        final double[] moisture;
        final double heat;
        /** Surface area per unit ground area, Σ load·σ/ρp (Rothermel 1972, eq. 53). */
        final double area;

        Life(double[] loadTonsPerAcre, double[] sav, double[] moisturePercent, double heat) {
            this.load = new double[loadTonsPerAcre.length];
            this.moisture = new double[moisturePercent.length];
            for (int j = 0; j < load.length; j++) {
                load[j] = loadTonsPerAcre[j] * LB_PER_FT2_PER_TON_PER_ACRE;
                moisture[j] = moisturePercent[j] / 100;
            }
            this.sav = sav;
            this.heat = heat;
            double sum = 0;
            for (int j = 0; j < load.length; j++) {
                sum += particleArea(j);
            }
            this.area = sum;
        }

        private double particleArea(int j) {
            return load[j] * sav[j] / PARTICLE_DENSITY;
        }

        /** Weight of particle j within this class: its share of the class's surface area (Rothermel 1972, eq. 53). */
        private double weight(int j) {
            return area > 0 ? particleArea(j) / area : 0;
        }

        double weighted(double[] values) {
            double sum = 0;
            for (int j = 0; j < load.length; j++) {
                sum += weight(j) * values[j];
            }
            return sum;
        }

        double totalLoad() {
            double sum = 0;
            for (double w : load) {
                sum += w;
            }
            return sum;
        }

        /** Σ_j f_j · exp(−138/σ_j) · (250 + 1116·M_j), BTU/lb (Rothermel 1972, eq. 12 and 14, Frandsen 1971). */
        double heatOfPreignition() {
            double sum = 0;
            for (int j = 0; j < load.length; j++) {
                sum += weight(j) * Math.exp(-138 / sav[j]) * (250 + 1116 * moisture[j]);
            }
            return sum;
        }

        /**
         * This class's part of I_R / Γ': net load (size-bin weighted) × heat × moisture damping × mineral damping
         * (Rothermel 1972, eq. 27-30; Albini 1976, p. 88-91).
         */
        double reactionTerm(double extinctionMoisture) {
            if (area <= 0) {
                return 0;
            }
            double netLoad = 0;
            for (int j = 0; j < load.length; j++) {
                netLoad += sizeBinWeight(j) * load[j] * (1 - TOTAL_SILICA);
            }
            double r = weighted(moisture) / extinctionMoisture;
            double etaM = r >= 1 ? 0 : 1 - 2.59 * r + 5.11 * r * r - 3.52 * r * r * r;
            double etaS = Math.min(1, 0.174 * Math.pow(EFFECTIVE_SILICA, -0.19));
            return netLoad * heat * etaM * etaS;
        }

        /** Sum of the area weights of all particles in particle j's SAV size bin (Albini 1976, p. 88). */
        private double sizeBinWeight(int j) {
            int bin = sizeBin(sav[j]);
            if (bin < 0) {
                return 0;
            }
            double sum = 0;
            for (int k = 0; k < load.length; k++) {
                if (sizeBin(sav[k]) == bin) {
                    sum += weight(k);
                }
            }
            return sum;
        }

        private static int sizeBin(double sav) {
            for (int b = 0; b < SIZE_BIN_LOWER_BOUNDS.length; b++) {
                if (sav >= SIZE_BIN_LOWER_BOUNDS[b]) {
                    return b;
                }
            }
            return -1;
        }
    }
}
