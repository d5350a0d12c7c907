package dev.wharf.config.setting;

/** How a changed setting reaches a server that is already running. */
public enum Apply {
    /** Each running worker takes the new value at once, without a restart. */
    LIVE("applies live"),
    /** The supervisor applies it without restarting workers (for example by scaling). */
    SUPERVISOR("applies live (supervisor)"),
    /** The workers must be restarted for it to take effect. */
    RESTART("needs a restart");

    private final String label;

    Apply(String label) {
        this.label = label;
    }

    /** How the GUI and the docs say it. */
    public String label() {
        return label;
    }

    public boolean live() {
        return this != RESTART;
    }
}
