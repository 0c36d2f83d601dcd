package dev.mim.spring.boot;

import dev.mim.config.DocumentFormat;
import dev.mim.config.InvalidPolicyDocumentException;
import dev.mim.config.PolicyDirectory;
import dev.mim.config.PolicyDocument;
import dev.mim.config.PolicyDocuments;
import dev.mim.core.incident.TenantId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Reads a folder of policy documents ({@code mim.policies.location}) into a {@link PolicyDirectory}: each
 * {@code <tenant>.yaml}, {@code .yml} or {@code .json} is that tenant's document, {@code default.*} the fallback.
 */
final class PolicyFolder {

  static final String FALLBACK = "default";

  private PolicyFolder() {}

  /**
   * @return the directory of the folder's documents
   * @throws IllegalStateException when the folder holds no document, a file's name is not a tenant id, two files
   *     name one tenant, or a document is invalid (with the document's problems); the message names the file
   */
  static PolicyDirectory read(ResourcePatternResolver resolver, String location) {
    String folder = location.endsWith("/") ? location : location + "/";
    Map<String, PolicyDocument> byName = new TreeMap<>();
    Map<String, String> files = new TreeMap<>();
    for (String extension : new String[] {"yaml", "yml", "json"}) {
      for (Resource resource : resources(resolver, folder + "*." + extension)) {
        String file = resource.getFilename();
        if (file == null) {
          continue;
        }
        String name = file.substring(0, file.length() - extension.length() - 1);
        String earlier = files.putIfAbsent(name, file);
        if (earlier != null) {
          throw new IllegalStateException("mim.policies.location=" + location + " has two documents of "
              + describe(name) + ": " + earlier + " and " + file);
        }
        byName.put(name, document(resource, extension, location));
      }
    }
    if (byName.isEmpty()) {
      throw new IllegalStateException("mim.policies.location=" + location
          + " holds no policy document (*.yaml, *.yml or *.json)");
    }
    PolicyDocument fallback = byName.remove(FALLBACK);
    PolicyDirectory directory = fallback == null ? PolicyDirectory.empty() : PolicyDirectory.withFallback(fallback);
    byName.forEach((name, document) -> directory.publish(tenant(name, files.get(name), location), document));
    return directory;
  }

  private static String describe(String name) {
    return FALLBACK.equals(name) ? "the fallback" : "tenant " + name;
  }

  private static Resource[] resources(ResourcePatternResolver resolver, String pattern) {
    try {
      return resolver.getResources(pattern);
    } catch (IOException e) {
      throw new IllegalStateException("cannot list the policy documents " + pattern + ": " + e.getMessage(), e);
    }
  }

  private static PolicyDocument document(Resource resource, String extension, String location) {
    String text;
    try {
      text = resource.getContentAsString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the policy document " + resource.getDescription() + ": "
          + e.getMessage(), e);
    }
    DocumentFormat format = "json".equals(extension) ? DocumentFormat.JSON : DocumentFormat.YAML;
    try {
      return PolicyDocuments.read(text, format);
    } catch (InvalidPolicyDocumentException e) {
      throw new IllegalStateException("the policy document " + resource.getFilename() + " in mim.policies.location="
          + location + " is invalid: " + e.getMessage(), e);
    }
  }

  private static TenantId tenant(String name, String file, String location) {
    try {
      return TenantId.of(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("the policy document " + file + " in mim.policies.location=" + location
          + " is not named after a tenant: " + e.getMessage(), e);
    }
  }
}
