package dev.wharf.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, so {@code wharf --version} matches the build. */
final class WharfVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = WharfVersion.class.getPackage().getImplementationVersion();
        return new String[] {
            "Wharf " + (version == null ? "(development build)" : version),
            "running on Java " + Runtime.version() + " (" + System.getProperty("java.vm.vendor") + ")"
        };
    }
}
