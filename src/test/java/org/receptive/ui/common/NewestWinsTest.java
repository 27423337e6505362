package org.receptive.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The background thread ends when it has nothing to do, and a later job gets a thread again. */
class NewestWinsTest {

    /** Answers handed back at once, on the worker thread (no FX thread here). */
    private final NewestWins wins = new NewestWins(Runnable::run, "newest-wins-test", Duration.ofMillis(1));

    private Thread runOnce(String answer) throws Exception {
        CompletableFuture<Thread> ranOn = new CompletableFuture<>();
        CompletableFuture<String> got = new CompletableFuture<>();
        // The flag goes false just after the answer is handed over, here on the worker thread:
        // waited for as an event, so the test does not race it.
        CompletableFuture<Void> idle = new CompletableFuture<>();
        javafx.beans.value.ChangeListener<Boolean> done = (o, was, now) -> {
            if (!now) {
                idle.complete(null);
            }
        };
        wins.workingProperty().addListener(done);
        wins.submit(() -> {
            ranOn.complete(Thread.currentThread());
            return answer;
        }, got::complete, got::completeExceptionally);
        assertEquals(answer, got.get(30, TimeUnit.SECONDS));
        idle.get(30, TimeUnit.SECONDS);
        wins.workingProperty().removeListener(done);
        return ranOn.get();
    }

    @Test
    void theIdleThreadEndsAndTheNextJobStartsAnother() throws Exception {
        Thread first = runOnce("one");
        // Waits for the thread's end (an event), not for a time: the old executor's thread never ended, and this failed.
        first.join(TimeUnit.SECONDS.toMillis(30));
        assertFalse(first.isAlive(), "the thread ended once idle");
        Thread second = runOnce("two");
        assertNotSame(first, second, "a new thread for the next job");
        assertFalse(wins.workingProperty().get(), "nothing under way");
    }

    @Test
    void workingGoesFalseOnlyOnceTheAnswerIsInPlace() throws Exception {
        java.util.concurrent.atomic.AtomicReference<String> applied = new java.util.concurrent.atomic.AtomicReference<>("none");
        CompletableFuture<String> seenWhenDone = new CompletableFuture<>();
        wins.workingProperty().addListener((o, was, now) -> {
            if (!now) {
                seenWhenDone.complete(applied.get());
            }
        });
        wins.submit(() -> "answer", applied::set, e -> { });
        // Before, the flag went false first, and a listener acting on it saw "none".
        assertEquals("answer", seenWhenDone.get(30, TimeUnit.SECONDS));
    }
}
