/**
 * ASGI lifespan: running the app's {@code lifespan} scope at worker start-up and shutdown, as
 * Uvicorn's {@code lifespan/on.py} and {@code off.py}, under {@code --lifespan auto|on|off}.
 */
package dev.wharf.lifespan;
