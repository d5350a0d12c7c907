package dev.wharf.gui.export;

/** Where a profile goes to production: the {@code wharf export} subcommand that writes it. */
public enum ExportTarget {
    SYSTEMD("systemd", "systemd units (.service and .socket)"),
    KUBERNETES("kubernetes", "Kubernetes manifests (Deployment, Service, PodDisruptionBudget)");

    private final String command;
    private final String label;

    ExportTarget(String command, String label) {
        this.command = command;
        this.label = label;
    }

    /** The subcommand of {@code wharf export}. */
    public String command() {
        return command;
    }

    @Override
    public String toString() {
        return label;
    }
}
