/**
 * The example Spring Boot application: {@link dev.mim.examples.app.ExampleApplication} starts it,
 * {@link dev.mim.examples.app.IncidentController} is its REST API over the starter's command handler and store, and
 * {@link dev.mim.examples.app.Integrations} is its side of what mim hands over (published events, pages, due items).
 */
package dev.mim.examples.app;
