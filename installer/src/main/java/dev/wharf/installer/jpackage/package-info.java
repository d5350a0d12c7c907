/** The jpackage steps: the app image with its two launchers, and the platform's installer made from it. */
package dev.wharf.installer.jpackage;
