/**
 * What the adapter does not implement of the Servlet specification, and the one exception that says so
 * by name wherever an application reaches for it: never a silent no-op.
 */
package dev.wharf.servlet.unsupported;
