/**
 * The attack clients of benchmarks/hostile.sh: a pipelining client that never reads, WebSocket ping
 * floods and deflate bombs, slow-body and slow-head connections beside a measured normal client.
 */
package dev.wharf.benchmarks.hostile;
