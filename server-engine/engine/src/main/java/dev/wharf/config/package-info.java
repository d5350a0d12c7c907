/**
 * The settings model assembled, as Uvicorn's {@code config.py}: every setting in the order the
 * docs, {@code --help} and the window show them ({@link dev.wharf.config.SettingsModel}), the values
 * of all of them ({@link dev.wharf.config.Settings}), what one worker runs with ({@link
 * dev.wharf.config.Config}) and the README's table of them ({@link dev.wharf.config.SettingsTable}).
 *
 * <p>It stands on {@code config.catalog}, where each section's settings are defined, which stands
 * on {@code config.setting}, what a setting is; neither looks up here. Above it, {@code sources}
 * reads values from the command line, the environment and profile files, {@code profile} reads and
 * writes profile files, and {@code lint} warns of likely mistakes.
 */
package dev.wharf.config;
