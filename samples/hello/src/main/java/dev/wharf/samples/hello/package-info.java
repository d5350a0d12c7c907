/** The hello sample: the smallest ASGI app. */
package dev.wharf.samples.hello;
