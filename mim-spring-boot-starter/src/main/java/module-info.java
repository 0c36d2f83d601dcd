/**
 * mim-spring-boot-starter: Spring Boot 4 auto-configuration of mim's policies, JDBC store, command handler, due-items
 * sweep, outbox relay, meters, health and Jackson module.
 */
module dev.mim.spring.boot {
  requires transitive dev.mim.core;
  requires transitive dev.mim.policies;
  requires transitive dev.mim.config;
  requires transitive dev.mim.store.jdbc;
  requires transitive dev.mim.jackson;
  requires java.sql;
  requires org.slf4j;
  requires static org.jspecify;
  // mim-core\'s class files carry Immutables\' CLASS-retention annotations, which javac and javadoc read when
  // they read those classes; nothing of it is needed at run time.
  requires static org.immutables.value.annotations;
  requires spring.core;
  requires spring.beans;
  requires spring.context;
  requires spring.jdbc;
  requires spring.tx;
  requires spring.boot;
  requires spring.boot.autoconfigure;
  requires spring.boot.sql;
  // Parts that switch on when the application has them.
  requires static dev.mim.micrometer;
  requires static micrometer.core;
  requires static micrometer.observation;
  requires static spring.boot.health;

  exports dev.mim.spring.boot;
  // Spring reads and proxies the auto-configuration classes.
  opens dev.mim.spring.boot to spring.core, spring.beans, spring.context;
}
