package dev.mim.core.incident;

import org.jspecify.annotations.Nullable;
import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The people and groups working on the incident, and who has acknowledged being paged.
 *
 * @param manager the Major Incident Manager; null until assigned
 * @param managerSince when the current manager took the role; null until assigned
 * @param managerAcknowledgedAt when the current manager acknowledged; null until they do (a hand-over resets it)
 * @param members the team members and their roles, sorted by member
 * @param resolverGroups the engaged resolver groups, sorted
 * @param acknowledgedGroups the engaged resolver groups that acknowledged, sorted
 * @param primaryGroup the primary resolver group; null until one is engaged as primary
 * @param mobilisedAt when the team was mobilised; null before
 */
public record Team(@Nullable Actor manager, @Nullable Instant managerSince, @Nullable Instant managerAcknowledgedAt,
    Map<Actor, TeamRole> members,
    Set<ResolverGroup> resolverGroups, Set<ResolverGroup> acknowledgedGroups, @Nullable ResolverGroup primaryGroup,
    @Nullable Instant mobilisedAt) {

  static final Team EMPTY = new Team(null, null, null, Map.of(), Set.of(), Set.of(), null, null);

  /** @return true when the current manager has acknowledged the role */
  public boolean managerAcknowledged() {
    return managerAcknowledgedAt != null;
  }

  /**
   * @param newManager the Major Incident Manager from now on, who has yet to acknowledge
   * @param at when they took the role
   * @return a copy with that manager
   */
  public Team withManager(Actor newManager, Instant at) {
    return new Team(newManager, at, null, members, resolverGroups, acknowledgedGroups, primaryGroup, mobilisedAt);
  }

  /**
   * @param at when the manager acknowledged
   * @return a copy with the manager's acknowledgement
   */
  public Team managerAcknowledged(Instant at) {
    return new Team(manager, managerSince, at, members, resolverGroups, acknowledgedGroups, primaryGroup,
        mobilisedAt);
  }

  /**
   * @param group an engaged resolver group
   * @return a copy with that group's acknowledgement
   */
  public Team groupAcknowledged(ResolverGroup group) {
    Set<ResolverGroup> copy = new TreeSet<>(acknowledgedGroups);
    copy.add(group);
    return new Team(manager, managerSince, managerAcknowledgedAt, members, resolverGroups,
        Collections.unmodifiableSet(copy), primaryGroup, mobilisedAt);
  }

  /**
   * @param member a person
   * @param role their role
   * @return a copy with the person in the team in that role
   */
  public Team withMember(Actor member, TeamRole role) {
    Map<Actor, TeamRole> copy = new TreeMap<>(members);
    copy.put(member, role);
    return new Team(manager, managerSince, managerAcknowledgedAt, Collections.unmodifiableMap(copy), resolverGroups,
        acknowledgedGroups, primaryGroup, mobilisedAt);
  }

  /**
   * @param member a person
   * @return a copy without the person
   */
  public Team withoutMember(Actor member) {
    Map<Actor, TeamRole> copy = new TreeMap<>(members);
    copy.remove(member);
    return new Team(manager, managerSince, managerAcknowledgedAt, Collections.unmodifiableMap(copy), resolverGroups,
        acknowledgedGroups, primaryGroup, mobilisedAt);
  }

  /**
   * @param group a resolver group
   * @param primary whether it becomes the primary group
   * @return a copy with the group engaged
   */
  public Team withGroup(ResolverGroup group, boolean primary) {
    Set<ResolverGroup> copy = new TreeSet<>(resolverGroups);
    copy.add(group);
    return new Team(manager, managerSince, managerAcknowledgedAt, members, Collections.unmodifiableSet(copy),
        acknowledgedGroups, primary ? group : primaryGroup, mobilisedAt);
  }

  /**
   * @param at when the team was mobilised
   * @return a copy mobilised at that time
   */
  public Team mobilised(Instant at) {
    return new Team(manager, managerSince, managerAcknowledgedAt, members, resolverGroups, acknowledgedGroups,
        primaryGroup, at);
  }
}
