package org.drillgrid.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.drillgrid.engine.hazard.fire.FuelModel;
import org.drillgrid.engine.hazard.fire.Moisture;
import org.drillgrid.engine.hazard.fire.Rothermel;
import org.drillgrid.engine.hazard.fire.Spread;
import org.drillgrid.engine.hazard.fire.WindAdjustment;
import org.drillgrid.engine.hazard.quake.AttenuationRegion;
import org.drillgrid.engine.hazard.quake.EarlyWarning;
import org.drillgrid.engine.hazard.quake.Fragility;
import org.drillgrid.engine.hazard.quake.IntensityPga;
import org.drillgrid.engine.hazard.quake.QuakeCasualties;
import org.drillgrid.model.hazard.FireSpec;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.scenario.StructureClass;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code drillgrid calc}: the hazard models' formulas for trainers to check by hand or against the tools they
 * know (BehavePlus, the attenuation tables, HAZUS curves). The same code the simulation runs.
 */
@Command(name = "calc", mixinStandardHelpOptions = true,
        description = "Calculators: fire spread (Rothermel), earthquake intensity, building damage.",
        subcommands = {CalcCommand.FireSpread.class, CalcCommand.Quake.class, CalcCommand.Damage.class})
final class CalcCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Prints a flat result as {@code key: value} lines, or as one JSON object with {@code --json}. */
    static final class Output {

        @Option(names = "--json", description = "print one JSON object instead of lines")
        boolean json;

        void print(CommandSpec spec, Map<String, Object> values) {
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                try {
                    out.println(Json.mapper().writeValueAsString(values));
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            } else {
                int width = values.keySet().stream().mapToInt(String::length).max().orElse(0);
                values.forEach((k, v) -> out.printf(Locale.ROOT, "%-" + width + "s  %s%n", k, v));
            }
            out.flush();
        }
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    @Command(name = "fire-spread", mixinStandardHelpOptions = true,
            description = {"Surface fire spread by Rothermel (1972) with Albini (1976), as BehavePlus computes it.",
                "Directions are bearings on the slope: upslope is 0; the wind blows from --wind-from-deg "
                        + "(default 180: straight upslope)."})
    static final class FireSpread implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private Output output = new Output();

        @Option(names = "--fuel-model", required = true, paramLabel = "CODE",
                description = "Anderson 1-13 or Scott and Burgan code, e.g. 4 or GS4")
        String fuelModel;

        @Option(names = "--moisture", paramLabel = "1H,10H,100H,HERB,WOODY", split = ",",
                description = "fuel moistures in percent (default: 6,7,8,60,90)")
        double[] moisture = {6, 7, 8, 60, 90};

        static final class Wind {
            @Option(names = "--midflame-wind-mph", paramLabel = "MPH", description = "midflame wind, mi/h")
            Double mph;

            @Option(names = "--midflame-wind-ms", paramLabel = "M/S", description = "midflame wind, m/s")
            Double ms;

            @Option(names = "--twenty-foot-wind-mph", paramLabel = "MPH",
                    description = "20-ft wind, mi/h, reduced to midflame by the wind adjustment factor (Albini and "
                            + "Baughman 1979): unsheltered from the fuel depth, sheltered under a canopy")
            Double twentyFootMph;
        }

        @Option(names = "--canopy-cover", paramLabel = "PCT",
                description = "with --twenty-foot-wind-mph: canopy cover in percent (default 0: unsheltered)")
        double canopyCover;

        @Option(names = "--canopy-height-ft", paramLabel = "FT", description = "canopy height, ft (default 30)")
        double canopyHeightFt = 30;

        @Option(names = "--crown-ratio", paramLabel = "R", description = "crown length over tree height (default 0.5)")
        double crownRatio = 0.5;

        @ArgGroup(exclusive = true)
        Wind wind;

        @Option(names = "--slope-percent", paramLabel = "PCT", description = "slope, rise over run in percent (default 0)")
        double slopePercent;

        @Option(names = "--wind-from-deg", paramLabel = "DEG",
                description = "where the wind blows from, degrees from upslope (default 180: blowing upslope)")
        double windFromDeg = 180;

        @Override
        public Integer call() {
            FuelModel fuel = FuelModel.byCode(fuelModel).orElseThrow(() -> new InputException("--fuel-model: unknown "
                    + "fuel model '" + fuelModel + "'; one of " + String.join(", ", FireSpec.FUEL_CODES)));
            if (moisture.length != 5) {
                throw new InputException("--moisture: expected five percentages 1h,10h,100h,herb,woody, got "
                        + moisture.length);
            }
            if (Arrays.stream(moisture).anyMatch(m -> !(m > 0))) {
                throw new InputException("--moisture: every moisture must be > 0 %");
            }
            if (!(slopePercent >= 0)) {
                throw new InputException("--slope-percent: must be >= 0");
            }
            double mps = 0;
            double waf = 1;
            if (wind != null && wind.mph != null) {
                mps = wind.mph * 0.44704;
            } else if (wind != null && wind.ms != null) {
                mps = wind.ms;
            } else if (wind != null && wind.twentyFootMph != null) {
                if (!(canopyCover >= 0 && canopyCover <= 100) || !(crownRatio >= 0 && crownRatio <= 1)
                        || !(canopyHeightFt > 0)) {
                    throw new InputException("--canopy-cover must be 0-100 %, --crown-ratio 0-1, --canopy-height-ft > 0");
                }
                waf = WindAdjustment.factor(fuel, canopyCover / 100, canopyHeightFt * 0.3048, crownRatio);
                mps = wind.twentyFootMph * 0.44704 * waf;
            }
            if (!(mps >= 0)) {
                throw new InputException("wind speed must be >= 0");
            }
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("fuelModel", fuel.code());
            if (!fuel.burnable()) {
                v.put("burnable", false);
                output.print(spec, v);
                return 0;
            }
            Spread s = Rothermel.spread(fuel, new Moisture(moisture[0], moisture[1], moisture[2], moisture[3],
                    moisture[4]), mps, windFromDeg, slopePercent, 0);
            v.put("midflameWindMph", round(mps / 0.44704, 6));
            if (waf != 1) {
                v.put("windAdjustmentFactor", round(waf, 6));
            }
            v.put("rosChainsPerHour", round(Rothermel.chainsPerHour(s.headRosMps()), 6));
            v.put("rosMetersPerMinute", round(s.headRosMps() * 60, 6));
            v.put("lengthToBreadth", round(s.lengthToBreadth(), 6));
            v.put("backingRosChainsPerHour", round(Rothermel.chainsPerHour(s.backingRosMps()), 6));
            v.put("flankingRosChainsPerHour", round(Rothermel.chainsPerHour(s.flankingRosMps()), 6));
            v.put("noWindNoSlopeRosChainsPerHour", round(Rothermel.chainsPerHour(s.noWindNoSlopeRosMps()), 6));
            v.put("headingDeg", round(s.headingDeg(), 3));
            v.put("effectiveWindMph", round(s.effectiveWindMps() / 0.44704, 6));
            v.put("firelineIntensityKwPerM", round(s.firelineIntensityKwPerM(), 3));
            v.put("flameLengthM", round(s.flameLengthM(), 3));
            output.print(spec, v);
            return 0;
        }
    }

    @Command(name = "quake", mixinStandardHelpOptions = true,
            description = "Seismic intensity on the long and short axes of the attenuation ellipse (Yu et al. 2013), "
                    + "and the peak ground acceleration of the long-axis intensity (GB/T 17742).")
    static final class Quake implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private Output output = new Output();

        @Option(names = "--magnitude", required = true, paramLabel = "M", description = "surface-wave magnitude Ms")
        double magnitude;

        @Option(names = "--distance-km", required = true, paramLabel = "KM", description = "epicentral distance, km")
        double distanceKm;

        @Option(names = "--region", paramLabel = "REGION",
                description = "attenuation region: east (default), middle, xinjiang, tibet")
        String region = "east";

        @Option(names = "--depth-km", paramLabel = "KM", description = "focal depth for the early-warning lead time (default 10)")
        double depthKm = 10;

        @Override
        public Integer call() {
            AttenuationRegion r = AttenuationRegion.ofJson(region).orElseThrow(() -> new InputException("--region: "
                    + "unknown region '" + region + "'; one of " + Arrays.stream(AttenuationRegion.values())
                            .map(AttenuationRegion::json).toList()));
            if (!(magnitude >= 3 && magnitude <= 9)) {
                throw new InputException("--magnitude: must be between 3.0 and 9.0");
            }
            if (!(distanceKm >= 0)) {
                throw new InputException("--distance-km: must be >= 0");
            }
            if (!(depthKm > 0)) {
                throw new InputException("--depth-km: must be > 0");
            }
            double longAxis = r.longAxis(magnitude, distanceKm);
            double shortAxis = r.shortAxis(magnitude, distanceKm);
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("region", r.json());
            v.put("intensityLongAxis", round(longAxis, 4));
            v.put("intensityShortAxis", round(shortAxis, 4));
            v.put("sigma", r.sigma());
            v.put("pgaG", round(IntensityPga.pgaG(longAxis), 4));
            v.put("pgaGShortAxis", round(IntensityPga.pgaG(shortAxis), 4));
            v.put("earlyWarningLeadSeconds", round(EarlyWarning.leadSeconds(distanceKm, depthKm), 1));
            output.print(spec, v);
            return 0;
        }
    }

    @Command(name = "damage", mixinStandardHelpOptions = true,
            description = "Share of buildings in each damage state at a peak ground acceleration (HAZUS "
                    + "equivalent-PGA fragility), and the casualty rates of each state.")
    static final class Damage implements Callable<Integer> {

        @Spec
        private CommandSpec spec;

        @Mixin
        private Output output = new Output();

        @Option(names = "--structure", required = true, paramLabel = "CLASS",
                description = "rc-frame, brick-concrete, brick-wood, adobe, steel")
        String structure;

        @Option(names = "--pga", required = true, paramLabel = "G", description = "peak ground acceleration, g")
        double pga;

        static StructureClass structure(String name) {
            return switch (name) {
                case "rc-frame" -> StructureClass.RC_FRAME;
                case "brick-concrete" -> StructureClass.BRICK_CONCRETE;
                case "brick-wood" -> StructureClass.BRICK_WOOD;
                case "adobe" -> StructureClass.ADOBE_RURAL;
                case "steel" -> StructureClass.STEEL;
                default -> throw new InputException("--structure: unknown class '" + name
                        + "'; one of rc-frame, brick-concrete, brick-wood, adobe, steel");
            };
        }

        @Override
        public Integer call() {
            StructureClass c = structure(structure);
            if (!(pga >= 0 && pga <= 5)) {
                throw new InputException("--pga: must be between 0 and 5 g");
            }
            double[] shares = Fragility.shares(c, pga);
            Map<String, Object> v = new LinkedHashMap<>();
            v.put("structure", structure);
            v.put("hazusType", Fragility.hazusType(c));
            v.put("pgaG", pga);
            v.put("intensity", round(IntensityPga.intensity(pga), 2));
            Map<String, Object> share = new LinkedHashMap<>();
            Map<String, Object> rates = new LinkedHashMap<>();
            for (Fragility.DamageState ds : Fragility.DamageState.values()) {
                share.put(ds.json(), round(shares[ds.ordinal()], 6));
                QuakeCasualties.Rates r = QuakeCasualties.rates(c, ds);
                Map<String, Object> rate = new LinkedHashMap<>();
                rate.put("injured", round(r.injured(), 6));
                rate.put("killed", round(r.killed(), 6));
                rate.put("trapped", round(r.trapped(), 6));
                rates.put(ds.json(), rate);
            }
            v.put("share", share);
            if (output.json) {
                v.put("casualtyRates", rates);
            }
            output.print(spec, v);
            return 0;
        }
    }
}
