package dev.wharf.logging;

/**
 * System properties Wharf's processes set for themselves before Netty loads, unless the user set
 * them: Netty's flight-recorder events for its buffers are off, as loading JFR for them costs a
 * process about a tenth of a second of its start and they only matter when profiling Netty itself
 * ({@code -Dio.netty.jfr.enabled=true} brings them back).
 */
public final class JvmDefaults {

    private JvmDefaults() {}

    public static void apply() {
        if (System.getProperty("io.netty.jfr.enabled") == null) {
            System.setProperty("io.netty.jfr.enabled", "false");
        }
    }
}
