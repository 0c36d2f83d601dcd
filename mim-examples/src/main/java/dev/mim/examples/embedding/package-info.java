/**
 * The smallest way to embed mim: decide a command, persist the events, replay them. The README quotes it.
 */
package dev.mim.examples.embedding;
