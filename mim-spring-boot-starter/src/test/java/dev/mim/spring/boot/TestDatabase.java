package dev.mim.spring.boot;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** An application's database: a fresh H2 database in memory per context, with its transactions. */
@Configuration(proxyBeanMethods = false)
@Import(TestTransactions.class)
class TestDatabase {

  private static final AtomicInteger NEXT = new AtomicInteger();

  @Bean
  DataSource dataSource() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:starter-" + NEXT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return h2;
  }
}
