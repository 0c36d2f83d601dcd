/** Test fixtures of mim-store-jdbc shared through its test-jar: a real PostgreSQL for the tests of a class. */
package dev.mim.store.jdbc.testing;
