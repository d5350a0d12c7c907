package dev.wharf.config.setting;

/** What a profile is for: the lint warns of development conveniences in a production profile. */
public enum Environment {
    DEVELOPMENT,
    PRODUCTION
}
