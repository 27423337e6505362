package org.receptive.ui.training.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.receptive.data.Dataset;
import org.receptive.data.Mnist;
import org.receptive.engine.Network;
import org.receptive.engine.NetworkDesign;

/** Scoring the test set in the background, with a queue standing in for the FX thread. */
class ResultsModelTest {

    private final LinkedBlockingQueue<Runnable> ui = new LinkedBlockingQueue<>();

    /** The next piece of work the scoring thread hands to the UI thread (the timeout guards a hang; it is not a wait). */
    private Runnable nextForTheUi() throws InterruptedException {
        Runnable r = ui.poll(60, TimeUnit.SECONDS);
        assertNotNull(r, "the scoring thread handed nothing back");
        return r;
    }

    @Test
    void anAnswerForWeightsClearedMeanwhileIsNeverShownButTheNextScoringIs() throws Exception {
        Dataset digits = Mnist.test().subset(0, 40);
        Network net = Network.create(NetworkDesign.TINY.architecture(), 1);
        CountDownLatch started = new CountDownLatch(1), loading = new CountDownLatch(1);
        ResultsModel results = new ResultsModel(ui::add, () -> net, () -> () -> {
            started.countDown();
            try {
                loading.await();   // held until the test has cleared: the answer then comes late
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            return digits;
        }, () -> 7);
        results.evaluate();
        assertTrue(results.busyProperty().get());
        assertTrue(started.await(60, TimeUnit.SECONDS), "the scoring began");   // (a job cleared before it begins is skipped)
        results.clear();   // new weights (a reset, a load, a cut) while the test set is being scored
        loading.countDown();
        nextForTheUi().run();   // the late answer reaches the UI thread…
        assertNull(results.reportProperty().get(), "…and is dropped");
        assertFalse(results.busyProperty().get(), "nothing is being scored for the weights on show");
        assertEquals("Not scored yet: train, then press the button.", results.summaryProperty().get());
        assertTrue(results.galleryProperty().get().isEmpty());

        results.evaluate();
        nextForTheUi().run();
        assertNotNull(results.reportProperty().get());
        assertEquals(40, results.reportProperty().get().evaluation().count());
        assertTrue(results.summaryProperty().get().startsWith("The weights at step 7 score "), results.summaryProperty().get());
        assertFalse(results.busyProperty().get());
    }
}
