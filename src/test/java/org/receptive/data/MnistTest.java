package org.receptive.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MnistTest {

    @Test
    void theEmbeddedSetsAreComplete() {
        assertEquals(60_000, Mnist.train().size());
        assertEquals(10_000, Mnist.test().size());
        assertEquals(784, Mnist.test().shape().size());
        // Well-known first labels of the original files.
        assertEquals(5, Mnist.train().label(0));
        assertEquals(7, Mnist.test().label(0));
        assertEquals(2, Mnist.test().label(1));
        int[] counts = new int[10];
        for (int i = 0; i < Mnist.test().size(); i++) {
            counts[Mnist.test().label(i)]++;
        }
        assertEquals(980, counts[0]);
        assertEquals(1135, counts[1]);
        assertSame(Mnist.test(), Mnist.test(), "loaded once");
    }

    @Test
    void imagesAreScaledToUnitRange() {
        float[] img = Mnist.test().image(0);
        float max = 0, min = 1;
        for (float v : img) {
            max = Math.max(max, v);
            min = Math.min(min, v);
        }
        assertEquals(0f, min);
        assertEquals(1f, max);
    }

    @Test
    void subsetsShareTheImagesAndCheckBounds() {
        Dataset sub = Mnist.test().subset(100, 10);
        assertEquals(10, sub.size());
        assertArrayEquals(Mnist.test().image(105), sub.image(5));
        assertEquals(Mnist.test().label(105), sub.label(5));
        assertThrows(IndexOutOfBoundsException.class, () -> sub.image(10));
        assertThrows(IllegalArgumentException.class, () -> Mnist.test().subset(9_995, 10));
    }

    @Test
    void aFolderOfIdxFilesOpensAndMissingFilesAreNamed(@TempDir Path dir) throws Exception {
        byte[] images = IdxFileTest.images();
        byte[] labels = {0, 0, 8, 1, 0, 0, 0, 3, 4, 5, 6};
        Files.write(dir.resolve("train-images-idx3-ubyte.gz"), IdxFileTest.gzip(images));
        Files.write(dir.resolve("train-labels-idx1-ubyte"), labels);
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), images);
        Exception missing = assertThrows(Exception.class, () -> IdxFolder.open(dir));
        assertTrue(missing.getMessage().contains("test labels"), missing.getMessage());
        Files.write(dir.resolve("t10k-labels-idx1-ubyte"), labels);
        IdxFolder folder = IdxFolder.open(dir);
        assertEquals(3, folder.train().size());
        assertEquals(6, folder.test().label(2));
        assertEquals(4, folder.train().shape().size());
    }
}
