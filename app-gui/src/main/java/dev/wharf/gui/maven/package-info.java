/** "From a Maven project…": running Maven once in a project to get its classpath and offering the apps found in it. */
package dev.wharf.gui.maven;
