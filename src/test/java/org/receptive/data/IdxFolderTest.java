package org.receptive.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.receptive.engine.Shape;

/** An IDX folder is opened by the files' names, never by whichever stray file the listing gives first. */
class IdxFolderTest {

    @Test
    void strayBackupFilesBesideTheRealOnesAreNeverPicked(@TempDir Path dir) throws IOException {
        IdxFolders.write(dir, 12, 12, 30, 10);
        // Older copies in another size, as an editor, a download or a person leaves them.
        SplittableRandom r = new SplittableRandom(1);
        for (String stray : new String[] {"train-images-idx3-ubyte.old", "train-images-idx3-ubyte.bak",
                "train-images-idx3-ubyte~", "old-train-images-idx3-ubyte.orig", "t10k-images-idx3-ubyte.old",
                "train-images-idx3-ubyte.gz.part", "test-images.txt"}) {
            Files.write(dir.resolve(stray), IdxFolders.images(5, 20, 20, r));
        }
        for (int round = 0; round < 3; round++) {
            IdxFolder f = IdxFolder.open(dir);
            assertEquals(new Shape(1, 12, 12), f.train().shape());
            assertEquals(30, f.train().size());
            assertEquals(10, f.test().size());
        }
    }

    @Test
    void twoFilesThatCouldEachBeTheSamePartAreNamedNotGuessed(@TempDir Path dir) throws IOException {
        IdxFolders.write(dir, 12, 12, 30, 10);
        Files.write(dir.resolve("train-images-idx3-ubyte.gz"), IdxFileTest.gzip(IdxFolders.images(5, 12, 12, new SplittableRandom(2))));
        IOException e = assertThrows(IOException.class, () -> IdxFolder.open(dir));
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte.gz") && e.getMessage().contains("training images"),
                e.getMessage());
    }

    /**
     * A backup is never taken for the file it stands in for, even when it is all there is: the folder
     * is refused in one sentence naming the part that is missing, not read from the leftover.
     */
    @Test
    void aBackupAloneDoesNotStandInForTheFileItBacksUp(@TempDir Path dir) throws IOException {
        IdxFolders.write(dir, 12, 12, 30, 10);
        Files.move(dir.resolve("train-images-idx3-ubyte"), dir.resolve("train-images-idx3-ubyte.old"));
        // What a save killed mid-write leaves beside the labels (AtomicFile's NAME<digits>.part).
        Files.copy(dir.resolve("train-labels-idx1-ubyte"), dir.resolve("train-labels-idx1-ubyte4818265313.part"));
        IOException e = assertThrows(IOException.class, () -> IdxFolder.open(dir));
        assertEquals(dir + " has no IDX file for the training images (expected names like train-images-idx3-ubyte.gz and"
                + " t10k-labels-idx1-ubyte.gz)", e.getMessage());
    }

    @Test
    void aMissingFolderIsSaidPlainly(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> IdxFolder.open(dir.resolve("nowhere")));
        assertTrue(e.getMessage().contains("nowhere") && e.getMessage().contains("does not exist"), e.getMessage());
    }
}
