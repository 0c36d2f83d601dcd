/**
 * Business services: the identifiers by which incidents name the services they affect.
 */
package dev.mim.core.service;
