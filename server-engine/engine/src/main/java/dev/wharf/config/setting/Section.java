package dev.wharf.config.setting;

/** The groups settings are shown in: the GUI form's sections and the headings of {@code wharf run --help}. */
public enum Section {
    APP("App"),
    SERVER("Server"),
    TLS("TLS"),
    WORKERS("Workers"),
    RELOAD("Reload"),
    TIMEOUTS("Timeouts"),
    PROXY("Proxy"),
    LIMITS("Limits"),
    WEBSOCKET("WebSocket"),
    LOGGING("Logging"),
    PLUGINS("Plugins");

    private final String title;

    Section(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
