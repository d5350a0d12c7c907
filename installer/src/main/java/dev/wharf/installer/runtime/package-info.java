/** The jlink runtime: which modules Wharf and its apps need, and JavaFX's jmods for it. */
package dev.wharf.installer.runtime;
