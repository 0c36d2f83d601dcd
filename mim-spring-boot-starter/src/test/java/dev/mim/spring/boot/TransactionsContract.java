package dev.mim.spring.boot;

import static dev.mim.spring.boot.Commands.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mim.core.handling.CommandHandler;
import dev.mim.core.handling.DecisionListener;
import dev.mim.core.handling.Handled;
import dev.mim.core.incident.IncidentCommand;
import dev.mim.core.incident.IncidentId;
import dev.mim.core.lifecycle.Decision;
import dev.mim.core.spi.PolicySet;
import dev.mim.store.jdbc.JdbcEventStore;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The command handler in the application's Spring-managed transactions, on a real database (each subclass names
 * one): stored when the transaction commits, not at all when it rolls back, and a conflict retried inside it.
 */
abstract class TransactionsContract {

  /** @return the application's configuration of its database: a DataSource, a transaction manager, a template */
  abstract Class<?> database();

  private ApplicationContextRunner runner() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MimPoliciesAutoConfiguration.class, MimStoreAutoConfiguration.class))
        .withUserConfiguration(database());
  }

  @Test
  void insideTheApplicationsTransactionEventsAreStoredWhenItCommitsAndNotAtAllWhenItRollsBack() {
    runner().run(context -> {
      CommandHandler<SQLException> handler = Commands.handler(context);
      JdbcEventStore store = context.getBean(JdbcEventStore.class);
      TransactionTemplate transactions = context.getBean(TransactionTemplate.class);
      transactions.executeWithoutResult(tx -> {
        try {
          Commands.declareThrough(handler, ACME, IncidentId.of("MI-1"));
          assertThat(store.load(ACME, IncidentId.of("MI-1"))).as("seen inside the transaction").hasSize(3);
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
        tx.setRollbackOnly();
      });
      assertThat(store.load(ACME, IncidentId.of("MI-1"))).as("rolled back with the application's writes").isEmpty();

      transactions.executeWithoutResult(tx -> {
        try {
          Commands.declareThrough(handler, ACME, IncidentId.of("MI-2"));
        } catch (SQLException e) {
          throw new IllegalStateException(e);
        }
      });
      assertThat(store.load(ACME, IncidentId.of("MI-2"))).hasSize(3);
    });
  }

  @Test
  void aConflictInsideTheApplicationsTransactionIsRetriedThereAndTheTransactionCommits() {
    IncidentId id = IncidentId.of("MI-1");
    Runnable[] interleave = {() -> { }};
    DecisionListener otherWriterFirst = new DecisionListener() {
      @Override
      public void decided(IncidentCommand command, Decision decision) {
        interleave[0].run();
        interleave[0] = () -> { };
      }
    };
    runner().withBean(DecisionListener.class, () -> otherWriterFirst)
        .run(context -> {
          CommandHandler<SQLException> handler = Commands.handler(context);
          JdbcEventStore store = context.getBean(JdbcEventStore.class);
          Commands.declareThrough(handler, ACME, id);
          Decision.Accepted other = (Decision.Accepted) store.loadIncident(ACME, id).orElseThrow()
              .decide(Commands.command(ACME, id, 5, Commands.update("from the other writer")), PolicySet.ofDefaults())
              .decision();
          context.getBean(TransactionTemplate.class).executeWithoutResult(tx -> {
            try {
              assertThat(handler.handle(Commands.declare(ACME, IncidentId.of("MI-9")).get(0)))
                  .isInstanceOf(Handled.Stored.class);
              // Between this transaction's decision and its append, another writer appends to MI-1 and commits.
              interleave[0] = () -> {
                try (Connection c = context.getBean(DataSource.class).getConnection()) {
                  c.setAutoCommit(false);
                  store.append(c, 3, other);
                  c.commit();
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              };
              Handled mine = handler.handle(Commands.command(ACME, id, 6, Commands.update("from this transaction")));
              assertThat(mine).isInstanceOf(Handled.Stored.class);
              assertThat(mine.attempts()).as("decided again after the conflict").isEqualTo(2);
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
          });
          assertThat(store.load(ACME, id)).hasSize(5);
          assertThat(store.load(ACME, IncidentId.of("MI-9"))).as("the transaction's first append committed too")
              .hasSize(1);
        });
  }
}
