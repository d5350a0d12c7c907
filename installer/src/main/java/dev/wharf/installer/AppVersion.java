package dev.wharf.installer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version an installer carries. Installers take numbers only ({@code 0.1.0}, not Maven's
 * {@code 0.1.0-SNAPSHOT}); macOS also refuses a first number of 0 and Windows more than four numbers,
 * so the rules are checked here, before jpackage runs, with what to do instead.
 */
public final class AppVersion {

    private static final Pattern NUMBERS = Pattern.compile("^(\\d+(?:\\.\\d+){0,3})(?:[-.+].*)?$");

    private AppVersion() {}

    /**
     * @param projectVersion the build's version, e.g. {@code 0.1.0-SNAPSHOT}
     * @param override       a version given for the installer alone, or blank to derive it
     */
    public static String of(String projectVersion, String override, Platform platform) {
        boolean given = override != null && !override.isBlank();
        String source = given ? override.strip() : projectVersion;
        Matcher matcher = NUMBERS.matcher(source);
        if (!matcher.matches()) {
            throw new PackagingException("The installer's version must start with one to four numbers (1.2.3), not '"
                    + source + "'" + (given ? "." : "; give one with -Dwharf.app.version=1.2.3."));
        }
        String version = matcher.group(1);
        if (platform.os() == Platform.Os.MACOS && version.matches("0(\\..*)?")) {
            throw new PackagingException("macOS takes no app version whose first number is 0 (" + version
                    + "); give the installer one of its own with -Dwharf.app.version=1.0.0.");
        }
        return version;
    }
}
