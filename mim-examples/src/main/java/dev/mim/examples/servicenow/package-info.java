/**
 * Replays a real ServiceNow incident log through mim's priority preset and surge detector.
 */
package dev.mim.examples.servicenow;
