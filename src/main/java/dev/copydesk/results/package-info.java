/**
 * The outcome of a run as the engine hands it over: per-file findings or errors, what was
 * extracted, finding fingerprints and the exit-code decision. Reporters only read these.
 */
package dev.copydesk.results;
