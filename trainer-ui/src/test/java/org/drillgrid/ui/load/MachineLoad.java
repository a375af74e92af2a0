package org.drillgrid.ui.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the machine did during a measurement (Linux only; on another system the figures are missing): the
 * 1-minute load average sampled now and then ({@code /proc/loadavg}), and CPU time between two moments for
 * the whole machine ({@code /proc/stat}), this JVM (the server and the harness), and the processes it
 * started (ChromeDriver and Chromium: {@code /proc/PID/stat} of its descendants). A descendant that ended
 * between the two moments is not counted, so the browsers' figure is a lower bound.
 */
final class MachineLoad {

    /** Linux's USER_HZ, the unit of /proc's CPU times: 100 on every mainstream architecture. */
    private static final double TICKS_PER_SECOND = 100;

    /** CPU times at one moment. */
    record Cpu(long wallNanos, long machineBusy, long machineAll, long jvmNanos, Map<Long, Long> children) {
    }

    private final List<Double> loadAverages = Collections.synchronizedList(new ArrayList<>());

    /** Takes one sample of the 1-minute load average; returns it, or NaN. */
    double sampleLoadAverage() {
        try {
            double v = Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+")[0]);
            loadAverages.add(v);
            return v;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The load averages sampled: "min-max (median m, n samples)". */
    String loadAverageSummary() {
        List<Double> v;
        synchronized (loadAverages) {
            v = new ArrayList<>(loadAverages);
        }
        if (v.isEmpty()) {
            return "not sampled";
        }
        Collections.sort(v);
        return String.format(Locale.ROOT, "%.2f-%.2f (median %.2f, %d samples)", v.get(0), v.get(v.size() - 1),
                v.get((v.size() - 1) / 2), v.size());
    }

    static Cpu cpu() {
        long busy = -1;
        long all = -1;
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).strip().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...
            long[] n = new long[9];
            for (int i = 1; i <= 8 && i < f.length; i++) {
                n[i] = Long.parseLong(f[i]);
            }
            busy = n[1] + n[2] + n[3] + n[6] + n[7] + n[8];
            all = busy + n[4] + n[5];
        } catch (IOException | RuntimeException e) {
            // not Linux: no machine figure
        }
        long jvm = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
        Map<Long, Long> children = new HashMap<>();
        ProcessHandle.current().descendants().forEach(p -> {
            long t = ticks(p.pid());
            if (t >= 0) {
                children.put(p.pid(), t);
            }
        });
        return new Cpu(System.nanoTime(), busy, all, jvm, children);
    }

    /** User and system ticks of one process, or -1. */
    private static long ticks(long pid) {
        try {
            String s = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = s.substring(s.lastIndexOf(')') + 2).split("\\s+"); // after "pid (comm) "
            return Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14 and 15)
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Cores used between two samples: the machine's, this JVM's and its descendants'. */
    static String between(Cpu a, Cpu b) {
        double wall = (b.wallNanos - a.wallNanos) / 1e9;
        int cores = Runtime.getRuntime().availableProcessors();
        String machine = a.machineAll < 0 || b.machineAll <= a.machineAll ? "?"
                : String.format(Locale.ROOT, "%.2f", (double) (b.machineBusy - a.machineBusy) / (b.machineAll - a.machineAll) * cores);
        String jvm = a.jvmNanos < 0 ? "?" : String.format(Locale.ROOT, "%.2f", (b.jvmNanos - a.jvmNanos) / 1e9 / wall);
        long ticks = 0;
        for (Map.Entry<Long, Long> e : b.children.entrySet()) {
            ticks += e.getValue() - a.children.getOrDefault(e.getKey(), 0L);
        }
        return String.format(Locale.ROOT, "machine %s of %d cores busy; this JVM (server and harness) %s; "
                + "the browsers (ChromeDriver and Chromium, %d processes) %.2f", machine, cores, jvm,
                b.children.size(), ticks / TICKS_PER_SECOND / wall);
    }
}
