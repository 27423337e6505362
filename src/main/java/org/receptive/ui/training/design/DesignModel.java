package org.receptive.ui.training.design;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.receptive.engine.Architecture;
import org.receptive.engine.LayerSpec;
import org.receptive.engine.NetworkDesign;
import org.receptive.engine.NetworkDesign.ConvBlock;

/**
 * The architecture editor's state over {@link NetworkDesign}: up to three blocks and a dense
 * layer, and, recomputed on every edit, the layer table (output shape, parameters, receptive
 * field), the parameter count and the problems in plain words. Never throws on a bad choice.
 */
public final class DesignModel {

    /** A named design a teacher starts from in one click. */
    public record Preset(String name, NetworkDesign design) {
        @Override
        public String toString() {
            return name;
        }
    }

    public static final List<Preset> PRESETS = List.of(
            new Preset("Tiny (fast, 2 layers)", NetworkDesign.TINY),
            new Preset("LeNet-like", NetworkDesign.LENET_LIKE),
            new Preset("the default model", NetworkDesign.DEFAULT_MODEL));

    private final IntegerProperty blockCount = new SimpleIntegerProperty(2);
    private final List<BlockModel> blocks = List.of(new BlockModel(), new BlockModel(), new BlockModel());
    private final IntegerProperty dense = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<NetworkDesign> design = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<NetworkDesign.LayerSummary>> rows = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyObjectWrapper<List<String>> problems = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper("");
    private final ObjectProperty<Preset> preset = new SimpleObjectProperty<>();
    private boolean applying;

    public DesignModel() {
        List<Observable> all = new ArrayList<>(List.of(blockCount, dense));
        for (BlockModel b : blocks) {
            all.addAll(List.of(b.filtersProperty(), b.kernelProperty(), b.paddingProperty(), b.strideProperty(), b.poolProperty()));
        }
        for (Observable o : all) {
            o.addListener(x -> {
                if (!applying) {
                    recompute();
                }
            });
        }
        apply(NetworkDesign.TINY);
        // Choosing a preset loads it; any edit that leaves every preset behind chooses none.
        preset.addListener((o, was, now) -> {
            if (now != null && !now.design().architecture().equals(design.get().architecture())) {
                apply(now.design());
            }
        });
    }

    /** Loads a design into the editor (a preset, or the design of a loaded model). */
    public void apply(NetworkDesign d) {
        applying = true;
        try {
            blockCount.set(d.blocks().size());
            for (int i = 0; i < d.blocks().size() && i < blocks.size(); i++) {
                blocks.get(i).set(d.blocks().get(i));
            }
            dense.set(d.dense());
        } finally {
            applying = false;
        }
        recompute();
    }

    /** The design of an architecture if the editor can show it (conv + relu [+ pool2] blocks, [dense + relu], dense10). */
    public static Optional<NetworkDesign> designOf(Architecture a) {
        List<LayerSpec> s = a.layers();
        List<ConvBlock> blocks = new ArrayList<>();
        int i = 0;
        while (i + 1 < s.size() && s.get(i) instanceof LayerSpec.Conv c && s.get(i + 1) instanceof LayerSpec.Relu) {
            boolean pool = i + 2 < s.size() && s.get(i + 2).equals(new LayerSpec.Pool(2, 2));
            if (c.dilation() != 1) {
                return Optional.empty();
            }
            blocks.add(new ConvBlock(c.filters(), c.kernel(), c.padding(), c.stride(), pool));
            i += pool ? 3 : 2;
        }
        int dense = 0;
        if (i + 2 < s.size() && s.get(i) instanceof LayerSpec.Dense d && s.get(i + 1) instanceof LayerSpec.Relu) {
            dense = d.outputs();
            i += 2;
        }
        if (blocks.isEmpty() || i != s.size() - 1 || !s.get(i).equals(new LayerSpec.Dense(10))) {
            return Optional.empty();
        }
        NetworkDesign d = new NetworkDesign(blocks, dense);
        return d.problems().isEmpty() && d.architecture().equals(a) ? Optional.of(d) : Optional.empty();
    }

    private void recompute() {
        int n = blockCount.get();
        List<ConvBlock> used = new ArrayList<>();
        for (int i = 0; i < Math.min(Math.max(n, 0), blocks.size()); i++) {
            used.add(blocks.get(i).toBlock());
        }
        NetworkDesign d = new NetworkDesign(used, dense.get());
        List<String> p = new ArrayList<>(d.problems());
        if (n < 1 || n > 3) {
            p.removeIf(s -> s.startsWith("use 1 to 3"));
            p.add(0, "use 1 to 3 convolutional blocks, not " + n);
        }
        // Validity first: whoever hears of the new design (the studio makes weights for it) must
        // not read the old design's "valid" (the long monkey run built an impossible network so).
        problems.set(List.copyOf(p));
        valid.set(p.isEmpty());
        design.set(d);
        // An impossible design has no architecture to compare (building it throws: padding 12, the long monkey run).
        preset.set(p.isEmpty() ? PRESETS.stream().filter(x -> x.design().architecture().equals(d.architecture())).findFirst().orElse(null)
                : null);
        if (p.isEmpty()) {
            List<NetworkDesign.LayerSummary> r = d.summary();
            rows.set(r);
            int params = r.stream().mapToInt(NetworkDesign.LayerSummary::parameters).sum();
            totals.set(String.format(Locale.ROOT, "%,d parameters · the last convolution sees %s of the image",
                    params, lastConvField(r)));
        } else {
            rows.set(List.of());
            totals.set("");
        }
    }

    private static String lastConvField(List<NetworkDesign.LayerSummary> r) {
        int field = 0;
        for (NetworkDesign.LayerSummary s : r) {
            if (s.layer().startsWith("convolution")) {
                field = s.receptiveField();
            }
        }
        return field + "×" + field + " pixels";
    }

    /** The preset the design is, or null once edited away from all of them; setting one loads it. */
    public ObjectProperty<Preset> presetProperty() { return preset; }
    public IntegerProperty blockCountProperty() { return blockCount; }
    public BlockModel block(int i) { return blocks.get(i); }
    public IntegerProperty denseProperty() { return dense; }
    public ReadOnlyObjectProperty<NetworkDesign> designProperty() { return design.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<NetworkDesign.LayerSummary>> rowsProperty() { return rows.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<List<String>> problemsProperty() { return problems.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    /** "12,345 parameters · the last convolution sees 14×14 pixels", or empty while invalid. */
    public ReadOnlyStringProperty totalsProperty() { return totals.getReadOnlyProperty(); }
}
