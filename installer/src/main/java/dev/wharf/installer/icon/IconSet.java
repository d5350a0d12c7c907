package dev.wharf.installer.icon;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes Wharf's icon in the three formats jpackage takes — {@code wharf.png} (Linux), {@code wharf.ico}
 * (Windows) and {@code wharf.icns} (macOS) — from {@link WharfIcon}. The files are committed in
 * {@code installer/src/jpackage/icons}; after changing the drawing, write them again with
 * {@code java -cp installer/target/classes dev.wharf.installer.icon.IconSet installer/src/jpackage/icons}.
 */
public final class IconSet {

    /** The Linux icon's size: what desktop entries show, with room for HiDPI docks. */
    static final int PNG_SIZE = 512;

    private IconSet() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: IconSet FOLDER   (writes wharf.png, wharf.ico and wharf.icns into FOLDER)");
            System.exit(2);
            return;
        }
        Path folder = Files.createDirectories(Path.of(args[0]));
        write(folder);
        System.out.println("wrote wharf.png, wharf.ico and wharf.icns into " + folder.toAbsolutePath());
    }

    static void write(Path folder) throws IOException {
        Files.write(folder.resolve("wharf.png"), IconFormats.png(WharfIcon.paint(PNG_SIZE)));
        Files.write(folder.resolve("wharf.ico"), IconFormats.ico(WharfIcon::paint));
        Files.write(folder.resolve("wharf.icns"), IconFormats.icns(WharfIcon::paint));
    }
}
