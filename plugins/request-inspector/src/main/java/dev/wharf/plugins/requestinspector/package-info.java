/** The request-inspector plugin: keeps the last requests and responses of a worker, bodies capped, for the window. */
package dev.wharf.plugins.requestinspector;
