package dev.wharf.installer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operating system and processor a package is made for, which decide the native jars it keeps,
 * its icon format and its installer. jpackage builds for the machine it runs on, so the packager
 * only ever asks for {@link #current()}; tests ask for the others. Knows names, touches no file.
 */
public record Platform(Os os, String arch) {

    /** The systems jpackage makes installers for, with the folder of their descriptors. */
    public enum Os {
        LINUX("linux", "linux", "png"),
        MACOS("macos", "osx", "icns"),
        WINDOWS("windows", "windows", "ico");

        private final String folder;
        private final String nativeJarName;
        private final String iconExtension;

        Os(String folder, String nativeJarName, String iconExtension) {
            this.folder = folder;
            this.nativeJarName = nativeJarName;
            this.iconExtension = iconExtension;
        }

        /** The folder of this system's descriptors in {@code installer/src/packaging}. */
        public String folder() {
            return folder;
        }

        public String iconExtension() {
            return iconExtension;
        }
    }

    /** Netty's classifiers for native code: {@code netty-transport-native-epoll-…-linux-x86_64.jar}. */
    private static final Pattern NATIVE_JAR =
            Pattern.compile("-(linux|osx|windows)-(x86_64|aarch_64|riscv64|[a-z0-9]+)\\.jar$");

    public static Platform current() {
        return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    }

    public static Platform of(String osName, String osArch) {
        String name = osName.toLowerCase(Locale.ROOT);
        Os os;
        if (name.startsWith("linux")) {
            os = Os.LINUX;
        } else if (name.startsWith("mac")) {
            os = Os.MACOS;
        } else if (name.startsWith("windows")) {
            os = Os.WINDOWS;
        } else {
            throw new PackagingException("jpackage makes installers for Linux, macOS and Windows, not for " + osName);
        }
        String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x64" -> "x86_64";
            case "aarch64", "arm64" -> "aarch_64";
            default -> osArch.toLowerCase(Locale.ROOT);
        };
        return new Platform(os, arch);
    }

    /**
     * Whether a jar holds native code for another system or processor, which this platform's package
     * would carry for nothing (netty-all brings every platform's). Jars without such a classifier
     * are everyone's.
     */
    public boolean isOtherPlatformsNativeJar(String fileName) {
        Matcher matcher = NATIVE_JAR.matcher(fileName);
        if (!matcher.find()) {
            return false;
        }
        return !(matcher.group(1).equals(os.nativeJarName) && matcher.group(2).equals(arch));
    }

    /** The file name of a command on this system: {@code wix.exe} on Windows, {@code fakeroot} elsewhere. */
    public String executableName(String command) {
        return os == Os.WINDOWS ? command + ".exe" : command;
    }
}
