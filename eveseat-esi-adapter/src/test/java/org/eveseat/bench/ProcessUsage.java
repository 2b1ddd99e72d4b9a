package org.eveseat.bench;

import java.lang.management.ManagementFactory;

/** CPU time of this JVM and its heap after a full GC, for the benchmarks' reports. */
public record ProcessUsage(long cpuNanos, long wallNanos) {
    private static final int CORES = Runtime.getRuntime().availableProcessors();

    public static ProcessUsage now() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new ProcessUsage(os.getProcessCpuTime(), System.nanoTime());
    }

    public double cpuSecondsSince(ProcessUsage before) {
        return (cpuNanos - before.cpuNanos) / 1e9;
    }

    /** Share of all cores this JVM used since {@code before}, 0..100. */
    public double cpuPercentSince(ProcessUsage before) {
        return 100.0 * (cpuNanos - before.cpuNanos) / ((double) (wallNanos - before.wallNanos) * CORES);
    }

    public static long heapAfterGcMiB() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    public static int cores() {
        return CORES;
    }
}
