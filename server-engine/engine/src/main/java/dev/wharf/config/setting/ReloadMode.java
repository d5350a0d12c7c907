package dev.wharf.config.setting;

/** What a reload does with code that compiled: {@code --reload-mode}. */
public enum ReloadMode {
    /** Hot-swap into the running workers when only method bodies changed, else roll a new generation. */
    SWAP,
    /** Always roll a new generation. */
    RESTART
}
