/** The Timeline panel: lifespan phases, reloads, crashes, restarts and scaling, in order. */
package dev.wharf.gui.timeline;
