/** A HikariCP pool per worker against a real database: Wharf's DB pool arithmetic made visible. */
package dev.wharf.samples.dbpool;
