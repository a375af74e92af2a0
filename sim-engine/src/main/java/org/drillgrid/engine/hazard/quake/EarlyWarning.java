package org.drillgrid.engine.hazard.quake;

/**
 * Earthquake early-warning lead time: the destructive S waves arrive at a site after hypocentral distance / Vs, and
 * the warning reaches it a fixed time after the origin (P arrival at the nearest stations plus processing and
 * dissemination). Lead time is the difference, never negative; the blind zone is the epicentral radius inside which
 * the S waves come first.
 *
 * <p>Sources for the numbers picked:
 * <ul>
 * <li>Vs = 3.5 km/s: the crustal S-wave speed the China Earthquake Administration uses to explain the blind zone
 * (an English news report of April 2013 on the national early-warning programme, reprinted at
 * yingyu.chazidian.com/show-264058-2: with stations about 30 km apart a warning goes out about 10 s after the quake,
 * S waves travel about 3.5 km/s, hence a blind zone of about 35 km).</li>
 * <li>{@link #ISSUE_SECONDS} = 7 s: on completion of the National Earthquake Intensity Rapid Reporting and Early
 * Warning Project, the China Earthquake Networks Center gave the average time to the first warning in the key alert
 * areas as 7 s after the earthquake occurs, 10-30 s in general alert areas (China Daily, 27 July 2024). For the 2022
 * Lushan M6.1 earthquake the first alert was created 5.7 s after origin (Peng et al. 2022, Remote Sensing 14, 4269).
 * The 7 s is taken from origin time, so it already contains the P travel to the stations; depth enters only through
 * the S travel time.</li>
 * <li>{@link #QUICK_REPORT_SECONDS} = 420 s: the seven-minute quick report of the exercise plan (the same
 * 2024 report puts the automatic rapid report at 2-3 minutes; the plan's figure is what the exercise uses).</li>
 * </ul>
 */
public final class EarlyWarning {

    /** Crustal S-wave speed, km/s. */
    public static final double VS_KM_PER_S = 3.5;
    /** Time from origin to the first public warning in a key alert area, s. */
    public static final double ISSUE_SECONDS = 7;
    /** The exercise plan's quick report (速报) seven minutes after the origin time, s. */
    public static final double QUICK_REPORT_SECONDS = 420;

    private EarlyWarning() {
    }

    /** Seconds between the warning and the S-wave arrival at a site; 0 inside the blind zone. */
    public static double leadSeconds(double epicentralKm, double depthKm) {
        return leadSeconds(epicentralKm, depthKm, ISSUE_SECONDS);
    }

    /** As {@link #leadSeconds(double, double)} for another time to issue (e.g. 10-30 s in a general alert area). */
    public static double leadSeconds(double epicentralKm, double depthKm, double issueSeconds) {
        double hypocentralKm = Math.hypot(epicentralKm, depthKm);
        return Math.max(0, hypocentralKm / VS_KM_PER_S - issueSeconds);
    }

    /** Epicentral radius (km) of the blind zone, where S waves arrive before the warning. */
    public static double blindZoneKm(double depthKm) {
        return blindZoneKm(depthKm, ISSUE_SECONDS);
    }

    public static double blindZoneKm(double depthKm, double issueSeconds) {
        double reach = VS_KM_PER_S * issueSeconds;
        return reach > depthKm ? Math.sqrt(reach * reach - depthKm * depthKm) : 0;
    }
}
