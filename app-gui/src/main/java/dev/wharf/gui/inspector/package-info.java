/** The request inspector: the requests the request-inspector plugin recorded in a worker, shown per worker. */
package dev.wharf.gui.inspector;
