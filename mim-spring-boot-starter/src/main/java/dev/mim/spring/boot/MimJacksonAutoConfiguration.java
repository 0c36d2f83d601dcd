package dev.mim.spring.boot;

import dev.mim.jackson.MimModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import tools.jackson.databind.json.JsonMapper;

/**
 * mim's Jackson module ({@link MimModule}) as a bean, which Spring Boot registers on the application's
 * {@link JsonMapper}: commands and events in request and response bodies are read and written as mim reads and
 * writes them, strictly, whatever the application's own Jackson settings.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnClass(JsonMapper.class)
public class MimJacksonAutoConfiguration {

  /** Created by Spring. */
  public MimJacksonAutoConfiguration() {}

  /** @return the module */
  @Bean
  @ConditionalOnMissingBean(MimModule.class)
  public MimModule mimJacksonModule() {
    return new MimModule();
  }
}
