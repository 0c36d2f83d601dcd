/** The SLF4J binding of mim-core's tests, which keeps log records in memory for assertions. */
package dev.mim.core.logging;
