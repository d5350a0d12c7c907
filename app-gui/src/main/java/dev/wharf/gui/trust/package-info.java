/** "Trust the dev certificate": {@code wharf trust [--uninstall]} from the settings form's TLS section, and what it did. */
package dev.wharf.gui.trust;
