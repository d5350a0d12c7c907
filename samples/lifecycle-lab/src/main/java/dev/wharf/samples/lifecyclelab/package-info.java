/** The lifecycle-lab sample: lifespan, app.state, scopes, bodies and WebSockets to try every server setting on. */
package dev.wharf.samples.lifecyclelab;
