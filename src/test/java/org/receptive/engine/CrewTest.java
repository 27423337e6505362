package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/** The crew runs every task of a phase once, its own first, and a held-back member's tasks are taken by the others. */
class CrewTest {

    @Test
    void everyTaskRunsOnceAPhaseHoweverTheHomesFall() throws InterruptedException {
        try (Crew crew = new Crew(3, "test")) {
            for (int phase = 0; phase < 200; phase++) {
                int count = phase % 17;
                AtomicIntegerArray runs = new AtomicIntegerArray(Math.max(1, count));
                int lopsided = phase % 3;
                IntUnaryOperator home = phase % 2 == 0 ? t -> t % 3 : t -> lopsided;
                crew.run(count, home, (t, member) -> runs.incrementAndGet(t));
                for (int t = 0; t < count; t++) {
                    assertEquals(1, runs.get(t), "phase " + phase + ", task " + t);
                }
            }
        }
    }

    @Test
    void aHeldBackMembersTasksAreTakenByTheOthers() throws InterruptedException {
        try (Crew crew = new Crew(2, "test")) {
            CountDownLatch callerTookOne = new CountDownLatch(1);
            AtomicIntegerArray byMember = new AtomicIntegerArray(2);
            // Every task is the helper's, and the helper's first task holds until the caller has taken one of them.
            crew.run(8, t -> 1, (t, member) -> {
                if (member == 1 && byMember.get(1) == 0) {
                    try {
                        assertTrue(callerTookOne.await(20, TimeUnit.SECONDS), "the caller never took the held-back helper's tasks");
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                byMember.incrementAndGet(member);
                if (member == 0) {
                    callerTookOne.countDown();
                }
            });
            assertEquals(8, byMember.get(0) + byMember.get(1));
            assertTrue(byMember.get(0) > 0);
        }
    }

    @Test
    void aTaskWaitingForAnotherSeesItFailAndTheFailureReachesTheCaller() throws InterruptedException {
        try (Crew crew = new Crew(2, "test")) {
            IllegalArgumentException broken = new IllegalArgumentException("broken sample");
            // Task 0, the caller's, waits for task 1, the helper's, which fails.
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> crew.run(2, t -> t, (t, member) -> {
                if (t == 1) {
                    throw broken;
                }
                crew.awaitUntil(() -> false);     // gives up once task 1 has failed; the first failure must stay the cause
            }));
            assertSame(broken, thrown.getCause());
            // The crew goes on: the next phase runs.
            AtomicIntegerArray runs = new AtomicIntegerArray(4);
            crew.run(4, (t, member) -> runs.incrementAndGet(t));
            assertEquals(4, runs.get(0) + runs.get(1) + runs.get(2) + runs.get(3));
        }
    }

    @Test
    void theCallersOwnFailureGoesOutAsItIs() {
        try (Crew crew = new Crew(2, "test")) {
            ArithmeticException own = new ArithmeticException("the caller's");
            CountDownLatch callerRuns = new CountDownLatch(1);
            // The helper holds the first task it takes until the caller runs one, so the caller does.
            assertSame(own, assertThrows(ArithmeticException.class, () -> crew.run(4, t -> 0, (t, member) -> {
                if (member == 0) {
                    callerRuns.countDown();
                    throw own;
                }
                try {
                    callerRuns.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            })));
        }
    }
}
