/** Policies as documents: mim's defaults printed for an administrator to start from. */
package dev.mim.examples.config;
