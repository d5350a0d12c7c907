/**
 * The engine's side of the plugin SPI: discovering plugins (ServiceLoader and the plugins folder),
 * checking their options, wrapping the app in them in the order asked, and passing their telemetry
 * on.
 */
package dev.wharf.plugins;
