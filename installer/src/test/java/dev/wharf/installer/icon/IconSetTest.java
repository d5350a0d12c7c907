package dev.wharf.installer.icon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IconSetTest {

    private static final Path COMMITTED = Path.of("src/packaging/icons");

    @Test
    void theCommittedIconIsWhatTheDrawingMakes() throws IOException {
        BufferedImage committed = ImageIO.read(COMMITTED.resolve("wharf.png").toFile());
        BufferedImage drawn = WharfIcon.paint(IconSet.PNG_SIZE);

        assertThat(committed.getWidth()).isEqualTo(IconSet.PNG_SIZE);
        // Antialiasing may round differently from one JDK to the next; the drawing may not change.
        assertThat(meanChannelDifference(committed, drawn)).isLessThan(1.0);
    }

    @Test
    void theIconIsABlueTileWithTransparentCorners() {
        BufferedImage icon = WharfIcon.paint(256);

        assertThat(icon.getRGB(0, 0) >>> 24).isZero();
        int middleTop = icon.getRGB(128, 40);
        assertThat(middleTop >>> 24).isEqualTo(0xFF);
        assertThat(middleTop & 0xFF).isGreaterThan((middleTop >> 16) & 0xFF);
        assertThatThrownBy(() -> WharfIcon.paint(8)).hasMessageContaining("use 16 to 4096");
    }

    @Test
    void theWindowsIconHoldsEverySizeAsAPng() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(COMMITTED.resolve("wharf.ico")))
                .order(ByteOrder.LITTLE_ENDIAN);

        assertThat(ico.getShort(0)).isZero();
        assertThat(ico.getShort(2)).isEqualTo((short) 1);
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int entry = 6 + 16 * i;
            int length = ico.getInt(entry + 8);
            int offset = ico.getInt(entry + 12);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(ico.array(), offset, length));
            int declared = Byte.toUnsignedInt(ico.get(entry));
            assertThat(image.getWidth()).isEqualTo(declared == 0 ? 256 : declared);
            sizes.add(image.getWidth());
        }
        assertThat(sizes).isEqualTo(IconFormats.ICO_SIZES);
    }

    @Test
    void theMacIconHoldsEachTypeAtItsSizeAndItsLengthAddsUp() throws IOException {
        byte[] bytes = Files.readAllBytes(COMMITTED.resolve("wharf.icns"));
        ByteBuffer icns = ByteBuffer.wrap(bytes);

        assertThat(new String(bytes, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).isEqualTo(bytes.length);
        List<String> types = new ArrayList<>();
        for (int at = 8; at < bytes.length; at += icns.getInt(at + 4)) {
            String type = new String(bytes, at, 4, StandardCharsets.US_ASCII);
            BufferedImage image =
                    ImageIO.read(new ByteArrayInputStream(Arrays.copyOfRange(bytes, at + 8, at + icns.getInt(at + 4))));
            assertThat(image.getWidth()).as(type).isEqualTo(IconFormats.ICNS_TYPES.get(type));
            types.add(type);
        }
        assertThat(types).containsExactlyElementsOf(IconFormats.ICNS_TYPES.keySet());
    }

    @Test
    void theRecipeWritesAllThreeFiles(@TempDir Path folder) throws IOException {
        IconSet.write(folder);

        assertThat(folder.resolve("wharf.png")).isRegularFile();
        assertThat(Files.size(folder.resolve("wharf.ico"))).isEqualTo(Files.size(COMMITTED.resolve("wharf.ico")));
        assertThat(folder.resolve("wharf.icns")).isRegularFile();
    }

    private static double meanChannelDifference(BufferedImage a, BufferedImage b) {
        long total = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    total += Math.abs(((p >>> shift) & 0xFF) - ((q >>> shift) & 0xFF));
                }
            }
        }
        return total / (a.getWidth() * (double) a.getHeight() * 4);
    }
}
