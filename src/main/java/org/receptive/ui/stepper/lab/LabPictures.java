package org.receptive.ui.stepper.lab;

import java.util.ArrayList;
import java.util.List;
import org.receptive.data.Dataset;
import org.receptive.data.GridImage;
import org.receptive.stepper.InputPattern;

/** What the lab learns from: MNIST digits, the stepper's patterns, or a picture file. */
public enum LabPictures {
    DIGITS("MNIST digits", "1 to 16 handwritten test digits, from the number chosen"),
    PATTERNS("Patterns", "The five patterns (bars, diagonal, cross, checkerboard), up to the batch size"),
    PICTURE("A picture", "A picture file of your own, in grey, resized to 28×28");

    private final String label;
    private final String tooltip;

    LabPictures(String label, String tooltip) {
        this.label = label;
        this.tooltip = tooltip;
    }

    public String label() {
        return label;
    }

    public String tooltip() {
        return tooltip;
    }

    /** The batch: {@code batch} digits from {@code first}, up to {@code batch} of the patterns, or the picture. */
    List<float[][]> images(Dataset digits, int first, int batch, float[][] picture, int size) {
        List<float[][]> out = new ArrayList<>();
        switch (this) {
            case DIGITS -> {
                for (int i = 0; i < batch; i++) {
                    out.add(GridImage.digit(digits.image((first + i) % digits.size()), size, size));
                }
            }
            case PATTERNS -> {
                for (int i = 0; i < Math.min(batch, InputPattern.values().length); i++) {
                    out.add(InputPattern.values()[i].make(size, size));
                }
            }
            case PICTURE -> out.add(picture);
        }
        return out;
    }
}
