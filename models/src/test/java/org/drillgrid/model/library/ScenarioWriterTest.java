package org.drillgrid.model.library;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * Every shape a document value can take survives writing and reading again: layer specs of all three
 * kinds and both generators, epicentres as a cell and as coordinates, areas as a place and as cells, every
 * condition, effect and criterion type, series, durations, texts as a string and as an object.
 */
class ScenarioWriterTest {

    static final String EVERY_SHAPE = """
            {
              "format": 1, "id": "shapes", "name": "Shapes", "description": {"en": "all of them"},
              "grid": {"cols": 20, "rows": 10, "cellSize": 30, "originX": 500000.5, "originY": 3800000},
              "start": "2021-07-20T06:00:00+08:00", "seed": 42, "timeStep": "5m", "duration": "1d6h",
              "layers": {
                "elevation": {"file": "layers/dem.asc"},
                "landUse": {"constant": 3},
                "population": {"generator": {"type": "radial", "centre": [10, 5], "peak": 50, "radius": 4.5}},
                "buildings": {"generator": {"type": "fractal", "seed": 9, "mean": 2, "amplitude": 1, "octaves": 3,
                  "persistence": 0.4, "scale": 16, "tiltEast": 1.5, "tiltSouth": -2, "min": 0}},
                "roads": {"constant": 0}
              },
              "hazards": [
                {"type": "flood", "manning": 0.035, "manningByLandUse": {"forest": 0.1, "cropland": 0.05}, "alpha": 0.7,
                 "rainfall": {"series": [[0, 10], [3600, 55.5]], "zones": [{"cells": [0, 0, 5, 5], "factor": 1.4}]},
                 "infiltration": {"model": "curve-number", "curveNumberByLandUse": {"forest": 60}},
                 "drainage": {"capacity": 20, "landUse": ["urban-dense"]},
                 "boundaries": [{"edge": "west", "from": 1, "to": 4, "type": "stage", "series": [[0, 99.5]]}],
                 "inflows": [{"id": "q1", "cell": [2, 2], "series": [[0, 5]]}],
                 "reservoirs": [{"id": "r1", "cell": [8, 8], "level": 101}],
                 "levees": [{"id": "dam", "cells": [[3, 1], [3, 2]], "crest": 101,
                   "breach": {"at": "1h", "cells": [[3, 1]], "to": 99, "over": "20m"}}],
                 "sinks": [{"id": "metro", "cell": [5, 5], "capacity": 3}]},
                {"type": "flood", "rainfall": {"design": {"returnPeriod": 100, "duration": "3h", "peakRatio": 0.4,
                  "start": 0, "step": "5m", "a1": 10.5, "c": 0.8, "b": 14, "n": 0.7}}},
                {"type": "quake", "magnitude": 6.5, "epicentre": {"x": 500123.5, "y": 3800456}, "depthKm": 12,
                 "strikeDeg": 25, "at": "10m", "region": "middle", "variability": true,
                 "aftershocks": {"enabled": true, "minMagnitude": 4.5}, "landslides": true,
                 "dams": [{"levee": "dam", "breachPga": 0.2}]},
                {"type": "quake", "magnitude": 5, "epicentre": [4, 4], "at": 0},
                {"type": "fire", "ignitions": [{"cell": [1, 1], "at": "2h"}], "fuelModel": "GS2",
                 "fuelModelByLandUse": {"forest": "TU5"}, "moisture": [6, 7, 8, 60, 90],
                 "wind": [[0, 3, 225], [7200, 5, 270]], "roadBarriers": "all"}
              ],
              "forces": {
                "teams": [{"id": "t1", "name": {"zh": "一队", "en": "Team one"}, "level": "military", "size": 50,
                  "skills": ["water-rescue", "urban-search-rescue"], "base": [1, 2],
                  "equipment": {"boats": 3, "pumps": 1, "pumpRate": 250, "lifeDetectors": 2},
                  "onRequest": true, "requestDelay": "3h"}],
                "depots": [{"id": "d1", "name": "Depot", "level": "city", "cell": [3, 3],
                  "stock": {"tents": 10, "water-bottles": 5000}, "trucks": 2, "truckCapacityKg": 8000,
                  "agreements": [{"item": "tents", "quantity": 50, "leadTime": "6h"}],
                  "production": [{"item": "food-rations", "perDay": 1000, "startDelay": "1d"}]}],
                "shelters": [{"id": "s1", "name": "School", "kind": "school", "cell": [4, 4], "capacity": 300,
                  "open": false, "stock": {"quilts": 100}}]
              },
              "drill": {
                "targets": {"pack": "xinzheng", "reliefHours": 8},
                "objectives": [{"id": "o1", "name": "Warn", "capabilities": ["public-warning"], "criteria": [
                  {"type": "kpi", "kpi": "warning-coverage", "atLeast": 90},
                  {"type": "kpi", "kpi": "deaths-per-million", "atMost": 1},
                  {"type": "actions", "injects": ["a", "b"]},
                  {"type": "observer", "guide": {"zh": "看", "en": "look"}}]}],
                "places": [{"id": "underpass", "name": "Underpass", "cells": [2, 2, 3, 3]}],
                "injects": [
                  {"id": "a", "at": 0, "audience": ["dispatch"], "channel": "phone", "message": "go",
                   "effect": {"type": "rain", "mmPerHour": 30, "duration": "1h"},
                   "expect": [{"order": "warn", "target": "underpass", "within": "30m"}]},
                  {"id": "b", "when": {"type": "water-depth", "at": "underpass", "above": 0.3}, "message": "m",
                   "effect": {"type": "breach", "levee": "dam", "to": 98.5, "over": "10m"}},
                  {"id": "c", "after": "a", "delay": "15m", "when": {"type": "depot-stock", "depot": "d1",
                   "item": "tents", "belowPercent": 50}, "message": "m",
                   "effect": {"type": "outage", "kind": "power", "area": {"cells": [0, 0, 4, 4]}, "duration": "2h"}},
                  {"id": "d", "when": {"type": "people-trapped", "atLeast": 10, "area": {"cells": [1, 1, 2, 2]}},
                   "message": "m", "effect": {"type": "road-collapse", "area": "underpass"}},
                  {"id": "e", "when": {"type": "deaths", "atLeast": 1}, "message": "m",
                   "effect": {"type": "shelter-lost", "shelter": "s1"}},
                  {"id": "f", "when": {"type": "shelter-occupancy", "shelter": "s1", "abovePercent": 80},
                   "message": "m", "effect": {"type": "aftershock", "at": {"cells": [4, 4, 4, 4]}, "magnitude": 5.1}},
                  {"id": "g", "when": {"type": "rain-rate", "above": 40}, "message": "m",
                   "effect": {"type": "ignition", "at": "s1"}},
                  {"id": "h", "when": {"type": "fire-near", "at": "underpass", "km": 1.5}, "message": "m"}
                ],
                "sensors": [{"id": "g1", "type": "rain-gauge", "name": "Gauge", "cell": [5, 5], "every": "10m",
                  "latency": "5m", "audience": ["weather"]}],
                "informants": {"places": ["underpass"], "every": "1h", "delay": "30m", "error": 0.2,
                  "audience": ["villages"]}
              }
            }
            """;

    @Test
    void everyShapeReadsBackEqual() throws Exception {
        Scenario read = Json.mapper().readValue(EVERY_SHAPE, Scenario.class);
        byte[] written = ScenarioWriter.toJson(read);
        Scenario again = Json.mapper().readValue(written, Scenario.class);
        assertEquals(read, again, () -> new String(written, StandardCharsets.UTF_8));
        assertArrayEquals(written, ScenarioWriter.toJson(again));
    }

    @Test
    void fieldsComeInRecordOrderAndNullsAreLeftOut() throws Exception {
        Scenario s = Json.mapper().readValue("""
                {"duration": "6h", "layers": {"elevation": {"constant": 100}},
                 "grid": {"cols": 2, "rows": 2, "cellSize": 10}, "id": "mini"}""", Scenario.class);
        String text = new String(ScenarioWriter.toJson(s), StandardCharsets.UTF_8);
        List<String> keys = Json.mapper().readTree(text).properties().stream().map(e -> e.getKey()).toList();
        assertEquals(List.of("id", "grid", "duration", "layers"), keys);
        assertFalse(text.contains("null"), text);
        assertTrue(text.endsWith("}\n"), "ends with a newline");
    }
}
