/**
 * What the benchmarks run: {@code BenchmarkCity}, the synthetic river city of {@code drillgrid bench city},
 * generated in memory from a seed: {@code CityTerrain} its ground, {@code CitySettlement} its land use,
 * roads, residents and buildings, {@code CityForces} its teams, depots and shelters. Scenario data only:
 * no timing here, and nothing the engine itself depends on.
 */
package org.drillgrid.engine.bench;
