package org.receptive.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Architectures and model files that are impossible, too large or hold non-numbers are refused in
 * plain words before anything is allocated, with sizes worked out in long arithmetic.
 */
class ModelValidationTest {

    /** A model file with a valid checksum around whatever architecture and weights are given. */
    static byte[] modelFile(String arch, int declaredCount, float[] params) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(buffer);
        out.write("RCPTMODL".getBytes(StandardCharsets.US_ASCII));
        out.writeInt(1);
        out.writeUTF(arch);
        out.writeUTF("crafted");
        out.writeInt(declaredCount);
        for (float v : params) {
            out.writeFloat(v);
        }
        out.flush();
        CRC32 crc = new CRC32();
        crc.update(buffer.toByteArray());
        out.writeLong(crc.getValue());
        out.flush();
        return buffer.toByteArray();
    }

    @Test
    void anInputShapeWhoseSizeOverflowsAnIntIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Shape(1, 65536, 65536));
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Architecture.parse("1x65536x65536: dense10"));
    }

    @Test
    void aNumberTooLargeForAnArchitectureIsNamedNotParsedAsJavaWould() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Architecture.parse("conv5x5x99999999999 dense10"));
        assertFalse(e.getMessage().contains("For input string"), e.getMessage());
        assertTrue(e.getMessage().contains("99999999999"), e.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> Architecture.parse("1x99999999999x28: dense10"));
        assertFalse(shape.getMessage().contains("For input string"), shape.getMessage());
    }

    @Test
    void parameterCountsAreWorkedOutInLongArithmetic() {
        // 1024 × 48 × 48 inputs to 4096 outputs: 9.7 billion weights, far past an int.
        Architecture huge = Architecture.parse("conv7x7x1024p8 conv7x7x1024p8 dense4096 dense10");
        MemoryEstimate m = MemoryEstimate.of(huge);
        assertTrue(m.parameters() > 9_000_000_000L, "parameters " + m.parameters());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Network.create(huge, 1));
        assertTrue(e.getMessage().contains("weights"), e.getMessage());
    }

    @Test
    void aHugeArchitectureIsRefusedByItsEstimatedMemoryBeforeTraining() {
        Architecture big = Architecture.parse("conv7x7x1024p8 conv7x7x1024p8 dense10");
        MemoryEstimate m = MemoryEstimate.of(big);
        String problem = m.trainingProblem(2, 4L << 30);
        assertNotNull(problem);
        assertTrue(problem.contains("GB"), problem);
        assertNull(MemoryEstimate.of(Architecture.named("default")).trainingProblem(2, 1L << 30),
                "the default model trains in a gigabyte");
        assertTrue(MemoryEstimate.of(Architecture.named("default")).trainingBytes(2) > 4L * 215_370 * 4,
                "weights, gradients, two Adam moments and the per-thread copies");
    }

    @Test
    void aModelFileWithAnImpossibleShapeButAValidChecksumIsRefused() throws IOException {
        byte[] file = modelFile("1x65536x65536: dense10", 1, new float[] {0.5f});
        ModelFile.ModelFormatException e = assertThrows(ModelFile.ModelFormatException.class,
                () -> ModelFile.decode(file, "shape.rcpt"));
        assertTrue(e.getMessage().startsWith("shape.rcpt"), e.getMessage());
    }

    @Test
    void aModelFileWhoseArchitectureNeedsBillionsOfWeightsIsRefusedWithoutAllocating() throws IOException {
        byte[] file = modelFile("1x1024x1024: dense4096 dense10", 4, new float[] {1, 2, 3, 4});
        ModelFile.ModelFormatException e = assertThrows(ModelFile.ModelFormatException.class,
                () -> ModelFile.decode(file, "big.rcpt"));
        assertTrue(e.getMessage().contains("big.rcpt"), e.getMessage());
    }

    @Test
    void aModelFileWithNonFiniteWeightsIsRefusedOnLoad() throws IOException {
        Network net = Network.create(Architecture.parse("1x4x4: dense3"), 1);
        float[] p = net.copyParams();
        p[5] = Float.NaN;
        byte[] file = modelFile(net.architecture().toString(), p.length, p);
        ModelFile.ModelFormatException e = assertThrows(ModelFile.ModelFormatException.class,
                () -> ModelFile.decode(file, "nan.rcpt"));
        assertTrue(e.getMessage().contains("not numbers") || e.getMessage().contains("infinite"), e.getMessage());
        p[5] = Float.POSITIVE_INFINITY;
        assertThrows(ModelFile.ModelFormatException.class,
                () -> ModelFile.decode(modelFile(net.architecture().toString(), p.length, p), "inf.rcpt"));
    }

    @Test
    void aNetworkWithNonFiniteWeightsIsNeverSaved(@TempDir Path dir) throws IOException {
        Network net = Network.create(Architecture.parse("1x4x4: dense3"), 1);
        Path file = dir.resolve("blown.rcpt");
        Files.writeString(file, "what was there");
        net.params()[2] = Float.NaN;
        assertFalse(net.weightsAreFinite());
        IOException e = assertThrows(IOException.class, () -> ModelFile.save(net, "x", file));
        assertTrue(e.getMessage().contains("not all numbers"), e.getMessage());
        assertEquals("what was there", Files.readString(file), "the old file is untouched");
    }

    @Test
    void architectureMismatchesWithTheDataAreOneSentence() {
        Architecture tiny = Architecture.named("tiny");
        assertNull(tiny.mismatch(new Shape(1, 28, 28), 10));
        String size = tiny.mismatch(new Shape(1, 32, 32), 10);
        assertTrue(size.contains("32×32") && size.contains("1x32x32"), size);
        String classes = Architecture.parse("conv5x5x4p2 relu").mismatch(new Shape(1, 28, 28), 10);
        assertTrue(classes.contains("10"), classes);
        assertNotNull(Architecture.parse("dense5").mismatch(new Shape(1, 28, 28), 10));
        assertNotNull(Architecture.parse("1x14x14: dense10").mismatch(new Shape(1, 28, 28), 10));
    }
}
