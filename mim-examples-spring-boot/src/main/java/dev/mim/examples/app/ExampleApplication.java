package dev.mim.examples.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A host product's incident service in a few classes: mim's starter does the wiring, the application adds its REST
 * API ({@link IncidentController}) and its side of what mim hands over ({@link Integrations}).
 */
@SpringBootApplication
public class ExampleApplication {

  /** Created by Spring. */
  public ExampleApplication() {}

  /**
   * Starts the application on port 8080.
   *
   * @param args Spring Boot's arguments ({@code --server.port=9090})
   */
  public static void main(String[] args) {
    SpringApplication.run(ExampleApplication.class, args);
  }
}
