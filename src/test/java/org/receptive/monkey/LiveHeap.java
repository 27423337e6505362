package org.receptive.monkey;

import com.sun.management.GarbageCollectorMXBean;
import com.sun.management.GcInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The live heap: what the full collection {@link System#gc()} asks for left in the heap's pools,
 * read from that collection's own record. The pools' "usage after the last collection" is not it:
 * with G1 the young collector also writes the old generation's figure, and a young collection that
 * follows the full one (a training run or the FX thread allocating meanwhile) counts every dead
 * object promoted since. That figure read 290–745 MB over one long run while heap dumps held about
 * 260 MB reachable.
 */
final class LiveHeap {

    /** The collectors that collect the whole heap: G1's "Old Generation", Serial's and Parallel's mark-sweep, ZGC's major cycles. */
    private static final Pattern FULL = Pattern.compile("(?i).*(old|marksweep|major|full).*");

    private LiveHeap() {
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Bytes that survived a full collection run now, or -1 when this JVM's collector has none to ask for. */
    static long afterFullCollection() {
        GarbageCollectorMXBean full = ManagementFactory.getPlatformMXBeans(GarbageCollectorMXBean.class).stream()
                .filter(c -> FULL.matcher(c.getName()).matches()).findFirst().orElse(null);
        if (full == null) {
            return -1;
        }
        // Asked again, a moment later, when the collection did not happen: some readings of a long run
        // got none, even with three quick tries (why was not found; one way a request is skipped is
        // native code holding the heap still in a JNI critical region).
        GcInfo info = null;
        for (int tries = 0; tries < 10 && info == null; tries++) {
            long before = full.getCollectionCount();
            System.gc();
            info = full.getCollectionCount() == before ? null : full.getLastGcInfo();
            if (info == null) {
                pause();
            }
        }
        if (info == null) {
            return -1;
        }
        Set<String> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
        return info.getMemoryUsageAfterGc().entrySet().stream()
                .filter(e -> heap.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
    }
}
