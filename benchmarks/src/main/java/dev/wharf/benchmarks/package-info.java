/**
 * The benchmarks' own programs: the raw Netty servers Wharf is measured against, load generators
 * and probes the scripts in {@code benchmarks/} run. Never part of Wharf itself.
 */
package dev.wharf.benchmarks;
