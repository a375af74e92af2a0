package org.drillgrid.scenarios.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.drillgrid.cli.Cli;
import picocli.CommandLine;

/**
 * Runs the {@code drillgrid} command line in this JVM, as {@code main} would but with its output
 * captured and a time limit: a command for which this JVM has used more CPU time than the limit is a hang (CPU time,
 * so that a machine shared with other builds does not make a slow command look hung; a command that
 * waits without computing is a hang after ten times the limit of wall time). Whatever a command throws
 * past the command line's own handler (an {@link OutOfMemoryError}, say) is a crash.
 */
final class CliProbe implements AutoCloseable {

    /** What one command did; {@code millis} is the CPU time it used. */
    record Outcome(int exit, String out, String err, long millis, boolean hung, Throwable thrown) {
        /** Whether stderr shows a stack trace or an internal error. */
        boolean crashed() {
            return thrown != null || exit == Cli.INTERNAL_ERROR || err.contains("\tat ") || err.contains("Exception")
                    || err.contains("internal error");
        }
    }

    private final long limitMillis;
    /** Runs the commands; replaced after a hang, whose thread is left to itself (a daemon). */
    private ExecutorService worker = newWorker();
    /** The process's CPU time: the command's own threads, the flood solver's parallel bands, the collector. */
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    CliProbe(long limitMillis) {
        this.limitMillis = limitMillis;
    }

    /** CPU time this JVM has used since the current command began, ms (the commands run one at a time). */
    private long cpuMillis() {
        return (os.getProcessCpuTime() - started) / 1_000_000;
    }

    /** The process's CPU time when the current command began, ns. */
    private long started;

    Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long t0 = System.nanoTime();
        started = os.getProcessCpuTime();
        Future<Integer> f = worker.submit(() -> {
            CommandLine cl = Cli.commandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            return cl.execute(args);
        });
        try {
            while (true) {
                try {
                    int exit = f.get(100, TimeUnit.MILLISECONDS);
                    return new Outcome(exit, out.toString(), err.toString(), cpuMillis(), false, null);
                } catch (TimeoutException e) {
                    long wall = (System.nanoTime() - t0) / 1_000_000;
                    if (cpuMillis() > limitMillis || wall > 10 * limitMillis) {
                        f.cancel(true);
                        worker.shutdownNow();
                        worker = newWorker(); // the next command must not queue behind the hung one
                        return new Outcome(-1, out.toString(), err.toString(), cpuMillis(), true, null);
                    }
                }
            }
        } catch (java.util.concurrent.ExecutionException e) {
            return new Outcome(-1, out.toString(), err.toString(), cpuMillis(), false, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-cli");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
