/**
 * The Monday-morning drill: a major incident from the first monitoring alert to closure, printed as a timeline.
 * The project's main job.
 */
package dev.mim.examples.drill;
