/** Wharf's icon, drawn in code, and written in the formats each platform's installer takes. */
package dev.wharf.installer.icon;
