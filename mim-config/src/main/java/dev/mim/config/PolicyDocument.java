package dev.mim.config;

import dev.mim.core.incident.PoliciesVersion;
import dev.mim.core.spi.PolicySet;
import dev.mim.policies.detection.SurgeSettings;
import dev.mim.policies.oncall.OnCallRoster;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * A tenant's policy set as a document: its id, its version and the {@link PolicySet} it describes. Read by {@link
 * PolicyDocuments#read}, written back by {@link PolicyDocuments#write}. Two documents are equal when their normal
 * forms are (every field written out, the defaults included), whatever the form and order they were read from.
 * Immutable.
 */
public final class PolicyDocument {

  private final PoliciesVersion identity;
  private final PolicySet policies;
  private final OnCallRoster onCall;
  private final SurgeSettings surge;
  private final ObjectNode normal;

  /** @param policies the document's policy set, whose {@link PolicySet#version()} is the document's identity */
  PolicyDocument(PolicySet policies, OnCallRoster onCall, SurgeSettings surge, ObjectNode normal) {
    this.identity = Objects.requireNonNull(policies.version(), "a document's policy set has its id and version");
    this.policies = policies;
    this.onCall = onCall;
    this.surge = surge;
    this.normal = normal.deepCopy();
  }

  /** @return the document's id: which policy set this is (a tenant's, a preset's); not blank */
  public String id() {
    return identity.id();
  }

  /** @return the document's version, 1 or more: which edition of the policy set this is */
  public long version() {
    return identity.version();
  }

  /**
   * @return the policy set the document describes, checked as {@link PolicySet.Builder#build()} checks it; its
   *     {@link PolicySet#version()} is the document's id and version, which every event decided under it records
   */
  public PolicySet policySet() {
    return policies;
  }

  /**
   * @return the document's on-call schedules, by name: the rota an {@code EscalationLoop} resolves the plan's
   *     on-call targets with; empty when the document has none
   */
  public OnCallRoster onCall() {
    return onCall;
  }

  /**
   * @return the settings of mim-policies' surge detector ({@code SurgeDetector.of(settings)}), on the document's
   *     service catalogue
   */
  public SurgeSettings surge() {
    return surge;
  }

  /** The normal form, a copy: for the writer. */
  ObjectNode normal() {
    return normal.deepCopy();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PolicyDocument other && normal.equals(other.normal);
  }

  @Override
  public int hashCode() {
    return normal.hashCode();
  }

  /** @return the id and version, {@code acme v3} */
  @Override
  public String toString() {
    return identity.toString();
  }
}
