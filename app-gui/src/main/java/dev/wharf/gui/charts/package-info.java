/** The Charts panel: connections and requests per second, per worker, over time. */
package dev.wharf.gui.charts;
