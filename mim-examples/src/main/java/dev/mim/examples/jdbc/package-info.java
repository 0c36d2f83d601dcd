/**
 * mim on a database: the Monday-morning drill with its events stored through the JDBC event store in an H2 file and
 * replayed from it.
 */
package dev.mim.examples.jdbc;
