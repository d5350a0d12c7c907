package dev.wharf.installer.jpackage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carries an extra launcher's "no desktop entry" from the app image to the {@code .deb}. jpackage 25
 * records a launcher's {@code linux-shortcut=false} in the image's {@code .jpackage.xml} as
 * {@code <shortcut>}, but reads {@code <linux-shortcut>} when it packages that image, so the
 * {@code .deb} would give the command-line launcher a menu entry of its own. Adding the element it
 * reads, beside the one it wrote, works with both. Rewrites only that file of the image.
 */
final class LauncherShortcuts {

    static final String STATE_FILE = "lib/app/.jpackage.xml";

    /** An extra launcher's element, whole: up to its end tag, or self-closed. */
    private static final Pattern ADD_LAUNCHER = Pattern.compile("(?s)<add-launcher\\b[^>]*?(?:/>|>.*?</add-launcher>)");

    private static final Pattern SHORTCUT = Pattern.compile("<shortcut>(true|false)</shortcut>");

    private LauncherShortcuts() {}

    /** The state file's text with each extra launcher's shortcut also under the name the Linux packager reads. */
    static String carriedOver(String state) {
        Matcher launchers = ADD_LAUNCHER.matcher(state);
        StringBuilder out = new StringBuilder();
        while (launchers.find()) {
            String launcher = launchers.group();
            if (!launcher.contains("<linux-shortcut>")) {
                launcher = SHORTCUT.matcher(launcher)
                        .replaceFirst("<shortcut>$1</shortcut><linux-shortcut>$1</linux-shortcut>");
            }
            launchers.appendReplacement(out, Matcher.quoteReplacement(launcher));
        }
        launchers.appendTail(out);
        return out.toString();
    }

    /** Rewrites the image's state file in place; an image without one is left as it is. */
    static void carryOver(Path appImage) {
        Path state = appImage.resolve(STATE_FILE);
        if (!Files.isRegularFile(state)) {
            return;
        }
        try {
            String text = Files.readString(state);
            String fixed = carriedOver(text);
            if (!fixed.equals(text)) {
                Files.writeString(state, fixed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot update " + state + ": " + e.getMessage(), e);
        }
    }
}
