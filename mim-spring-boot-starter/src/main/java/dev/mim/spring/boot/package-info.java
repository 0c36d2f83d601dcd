/**
 * Spring Boot auto-configuration of mim. Add {@code mim-spring-boot-starter} to a Spring Boot 4 application with a
 * {@code DataSource} and it has, each backing off when the application defines its own:
 *
 * <ul>
 *   <li>each tenant's policies ({@link dev.mim.spring.boot.MimPoliciesAutoConfiguration}): the documents of
 *       {@code mim.policies.location}, or mim's defaults;
 *   <li>the JDBC store in the application's transactions and the command handler
 *       ({@link dev.mim.spring.boot.MimStoreAutoConfiguration});
 *   <li>the due-items sweep and the outbox relay on a schedule, off unless enabled
 *       ({@link dev.mim.spring.boot.MimTasksAutoConfiguration});
 *   <li>meters ({@link dev.mim.spring.boot.MimMetricsAutoConfiguration}), a health indicator
 *       ({@link dev.mim.spring.boot.MimHealthAutoConfiguration}) and mim's Jackson module
 *       ({@link dev.mim.spring.boot.MimJacksonAutoConfiguration}).
 * </ul>
 *
 * <p>The properties are {@link dev.mim.spring.boot.MimProperties}; README lists each.
 */
@NullMarked
package dev.mim.spring.boot;

import org.jspecify.annotations.NullMarked;
