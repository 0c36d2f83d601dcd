/**
 * Test fixtures of mim-store-jdbc shared through its test-jar: a real PostgreSQL for the tests of a class, and the
 * commands stores' tests send.
 */
package dev.mim.store.jdbc.testing;
