/** The chat sample: a WebSocket chat room per worker, showing that each worker has its own state. */
package dev.wharf.samples.chat;
