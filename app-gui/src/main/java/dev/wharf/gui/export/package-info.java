/**
 * The window's Export…: a profile as systemd units or Kubernetes manifests, written by the same
 * {@code wharf export} the command line runs, so both write the same files after the same lint.
 */
package dev.wharf.gui.export;
