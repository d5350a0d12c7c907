/** The cors plugin: answers preflight requests and adds CORS headers by a policy made of its options. */
package dev.wharf.plugins.cors;
