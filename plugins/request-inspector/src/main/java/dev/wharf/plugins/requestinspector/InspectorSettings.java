package dev.wharf.plugins.requestinspector;

import java.util.Set;

/**
 * The request inspector's validated options.
 *
 * @param capacity        how many exchanges the worker keeps
 * @param maxBodyBytes    how much of each body is kept
 * @param redactedHeaders lower-case names of headers whose values are never kept
 */
record InspectorSettings(int capacity, int maxBodyBytes, Set<String> redactedHeaders) {}
