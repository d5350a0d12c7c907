package dev.wharf.installer.icon;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javax.imageio.ImageIO;

/**
 * The icon file formats jpackage wants besides PNG: Windows' {@code .ico} and macOS' {@code .icns}.
 * Both are containers of PNG images (ICO since Windows Vista, ICNS since OS X 10.7), so writing them
 * takes a header and PNG encoding, no image library. Pure: bytes in memory, no files.
 */
public final class IconFormats {

    /** The sizes a Windows icon carries: the taskbar, Explorer's views and the installer's dialogs. */
    static final List<Integer> ICO_SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    /** macOS icon types and their pixel sizes: 1x and 2x (Retina) of 16 to 512 points. */
    static final Map<String, Integer> ICNS_TYPES = icnsTypes();

    private IconFormats() {}

    private static Map<String, Integer> icnsTypes() {
        Map<String, Integer> types = new LinkedHashMap<>();
        types.put("icp4", 16);
        types.put("ic11", 32);
        types.put("icp5", 32);
        types.put("ic12", 64);
        types.put("ic07", 128);
        types.put("ic13", 256);
        types.put("ic08", 256);
        types.put("ic14", 512);
        types.put("ic09", 512);
        types.put("ic10", 1024);
        return Collections.unmodifiableMap(types);
    }

    public static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) {
                throw new IllegalStateException("this Java has no PNG encoder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An ICO file: a directory of little-endian entries, then a PNG per size. */
    public static byte[] ico(IntFunction<BufferedImage> painter) {
        List<byte[]> images = new ArrayList<>();
        for (int size : ICO_SIZES) {
            images.add(png(painter.apply(size)));
        }
        int headerSize = 6 + 16 * images.size();
        int total = headerSize + images.stream().mapToInt(image -> image.length).sum();
        ByteBuffer ico = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        ico.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
        int offset = headerSize;
        for (int i = 0; i < images.size(); i++) {
            int size = ICO_SIZES.get(i);
            // A size of 256 does not fit the byte; the format writes it as 0.
            ico.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            ico.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            ico.putInt(images.get(i).length).putInt(offset);
            offset += images.get(i).length;
        }
        images.forEach(ico::put);
        return ico.array();
    }

    /** An ICNS file: big-endian, a four-letter type and a length before each PNG. */
    public static byte[] icns(IntFunction<BufferedImage> painter) {
        Map<Integer, byte[]> pngs = new LinkedHashMap<>();
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        for (Map.Entry<String, Integer> type : ICNS_TYPES.entrySet()) {
            byte[] image = pngs.computeIfAbsent(type.getValue(), size -> png(painter.apply(size)));
            entries.writeBytes(type.getKey().getBytes(StandardCharsets.US_ASCII));
            entries.writeBytes(ByteBuffer.allocate(4).putInt(8 + image.length).array());
            entries.writeBytes(image);
        }
        ByteBuffer icns = ByteBuffer.allocate(8 + entries.size());
        icns.put("icns".getBytes(StandardCharsets.US_ASCII))
                .putInt(8 + entries.size())
                .put(entries.toByteArray());
        return icns.array();
    }
}
