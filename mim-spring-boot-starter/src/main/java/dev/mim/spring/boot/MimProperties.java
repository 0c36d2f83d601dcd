package dev.mim.spring.boot;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code mim.*} properties. Every one has a default; an application that sets none gets
 * {@link dev.mim.core.spi.PolicySet#ofDefaults() the default policies} for every tenant, the JDBC store on its
 * {@code DataSource} with the schema installed, and no scheduled task.
 *
 * <p>A value out of range is refused when the properties are bound, and the application does not start: the
 * message names the property and the value.
 */
@ConfigurationProperties("mim")
public class MimProperties {

  private final Policies policies = new Policies();
  private final Store store = new Store();
  private final Commands commands = new Commands();
  private final Outbox outbox = new Outbox();
  private final Due due = new Due();
  private final Health health = new Health();

  /** Creates the defaults; Spring binds the application's values onto them. */
  public MimProperties() {}

  /** @return where each tenant's policies come from */
  public Policies getPolicies() {
    return policies;
  }

  /** @return the JDBC store */
  public Store getStore() {
    return store;
  }

  /** @return the command handler */
  public Commands getCommands() {
    return commands;
  }

  /** @return the transactional outbox and its relay */
  public Outbox getOutbox() {
    return outbox;
  }

  /** @return the due-items sweep */
  public Due getDue() {
    return due;
  }

  /** @return the health indicator */
  public Health getHealth() {
    return health;
  }

  /** Where each tenant's policies come from. */
  public static class Policies {

    /**
     * A folder of policy documents, as a Spring resource location (classpath:mim/policies/ or
     * file:/etc/mim/policies/): each *.yaml, *.yml or *.json file is the document of the tenant its name gives
     * (acme.yaml is tenant acme's), and default.* is the document of every tenant without one. Unset: every tenant
     * has mim's default policies.
     */
    private @Nullable String location;

    /** Creates the default: no location. */
    public Policies() {}

    /** @return the folder of policy documents; null when unset */
    public @Nullable String getLocation() {
      return location;
    }

    /** @param location the folder of policy documents */
    public void setLocation(@Nullable String location) {
      this.location = location;
    }
  }

  /** How mim's tables come to be in the application's database. */
  public enum SchemaInitialization {
    /**
     * mim's installer, unless the application runs Flyway: then its migrations are expected to hold mim's scripts
     * and the starter checks, once Flyway has run, that mim's tables are there.
     */
    AUTO,
    /** mim's installer at start-up ({@code JdbcEventStore.installSchema()}), whether or not Flyway runs. */
    ALWAYS,
    /** Nothing: the application applies mim's scripts itself, and nothing is checked at start-up. */
    NEVER
  }

  /** The JDBC store. */
  public static class Store {

    /**
     * How mim's tables come to be: auto (mim's installer, or the application's Flyway when it has one), always
     * (mim's installer) or never.
     */
    private SchemaInitialization initializeSchema = SchemaInitialization.AUTO;

    /** Events between snapshots of an incident's state: loading an incident reads at most this many events. */
    private int snapshotsEvery = 10;

    /** Creates the defaults. */
    public Store() {}

    /** @return how mim's tables come to be */
    public SchemaInitialization getInitializeSchema() {
      return initializeSchema;
    }

    /** @param initializeSchema how mim's tables come to be */
    public void setInitializeSchema(SchemaInitialization initializeSchema) {
      this.initializeSchema = initializeSchema;
    }

    /** @return the events between snapshots */
    public int getSnapshotsEvery() {
      return snapshotsEvery;
    }

    /**
     * @param snapshotsEvery the events between snapshots, from 1 to 1,000,000
     * @throws IllegalArgumentException when out of range
     */
    public void setSnapshotsEvery(int snapshotsEvery) {
      this.snapshotsEvery = between("mim.store.snapshots-every", snapshotsEvery, 1, 1_000_000);
    }
  }

  /** The command handler. */
  public static class Commands {

    /** How many times a command is decided at most while other writers keep appending to its incident first. */
    private int maxAttempts = 5;

    /** Creates the defaults. */
    public Commands() {}

    /** @return the attempts per command */
    public int getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * @param maxAttempts the attempts per command, from 1 to 100
     * @throws IllegalArgumentException when out of range
     */
    public void setMaxAttempts(int maxAttempts) {
      this.maxAttempts = between("mim.commands.max-attempts", maxAttempts, 1, 100);
    }
  }

  /** The transactional outbox and its relay. */
  public static class Outbox {

    /**
     * The CloudEvents source of the events the store writes to its outbox (a URI, /service-desk or
     * https://desk.example.com). Unset: the store keeps no outbox.
     */
    private @Nullable URI source;

    private final Relay relay = new Relay();

    /** Creates the defaults: no outbox. */
    public Outbox() {}

    /** @return the CloudEvents source; null when the store keeps no outbox */
    public @Nullable URI getSource() {
      return source;
    }

    /** @param source the CloudEvents source */
    public void setSource(@Nullable URI source) {
      this.source = source;
    }

    /** @return the relay's schedule */
    public Relay getRelay() {
      return relay;
    }
  }

  /** The relay that publishes the outbox through the application's OutboxPublisher bean. */
  public static class Relay extends Task {

    /** Creates the defaults: off, every second. */
    public Relay() {
      super(Duration.ofSeconds(1));
    }
  }

  /** The due-items sweep. */
  public static class Due extends Task {

    /** The actor escalations are recorded by. */
    private String actor = "mim-due-sweep";

    /** Creates the defaults: off, every 10 seconds. */
    public Due() {
      super(Duration.ofSeconds(10));
    }

    /** @return the actor escalations are recorded by */
    public String getActor() {
      return actor;
    }

    /**
     * @param actor the actor escalations are recorded by
     * @throws IllegalArgumentException when blank
     */
    public void setActor(String actor) {
      if (actor == null || actor.isBlank()) {
        throw new IllegalArgumentException("mim.due.actor must not be blank, was '" + actor + "'");
      }
      this.actor = actor;
    }
  }

  /** A task mim runs on a schedule of its own: off unless enabled. */
  public abstract static class Task {

    /** Whether the task runs. */
    private boolean enabled;

    /** The time between the end of one run and the start of the next. */
    private Duration interval;

    /** How many incidents one run handles at most. */
    private int maxIncidents = 100;

    Task(Duration interval) {
      this.interval = interval;
    }

    /** @return whether the task runs */
    public boolean isEnabled() {
      return enabled;
    }

    /** @param enabled whether the task runs */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** @return the time between runs */
    public Duration getInterval() {
      return interval;
    }

    /**
     * @param interval the time between runs, from 10 milliseconds to a day
     * @throws IllegalArgumentException when out of range
     */
    public void setInterval(Duration interval) {
      if (interval == null || interval.compareTo(Duration.ofMillis(10)) < 0
          || interval.compareTo(Duration.ofDays(1)) > 0) {
        throw new IllegalArgumentException("the interval must be from 10ms to 1d, was " + interval);
      }
      this.interval = interval;
    }

    /** @return the incidents one run handles at most */
    public int getMaxIncidents() {
      return maxIncidents;
    }

    /**
     * @param maxIncidents the incidents one run handles at most, from 1 to 100,000
     * @throws IllegalArgumentException when out of range
     */
    public void setMaxIncidents(int maxIncidents) {
      this.maxIncidents = between("max-incidents", maxIncidents, 1, 100_000);
    }
  }

  /** The health indicator. */
  public static class Health {

    /** How long an enabled task may go without a run that succeeded before mim's health is DOWN. */
    private Duration maxTaskLag = Duration.ofMinutes(5);

    /** Creates the defaults. */
    public Health() {}

    /** @return the longest time without a run that succeeded */
    public Duration getMaxTaskLag() {
      return maxTaskLag;
    }

    /**
     * @param maxTaskLag the longest time without a run that succeeded; positive
     * @throws IllegalArgumentException when not positive
     */
    public void setMaxTaskLag(Duration maxTaskLag) {
      if (maxTaskLag == null || maxTaskLag.isNegative() || maxTaskLag.isZero()) {
        throw new IllegalArgumentException("mim.health.max-task-lag must be positive, was " + maxTaskLag);
      }
      this.maxTaskLag = maxTaskLag;
    }
  }

  private static int between(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(name + " must be from " + min + " to " + max + ", was " + value);
    }
    return value;
  }
}
