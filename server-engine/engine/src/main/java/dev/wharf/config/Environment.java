package dev.wharf.config;

/** What a profile is for: the lint warns of development conveniences in a production profile. */
public enum Environment {
    DEVELOPMENT,
    PRODUCTION
}
