package dev.mim.core.incident;

import dev.mim.core.people.Actor;
import dev.mim.core.people.ResolverGroup;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The people and groups working on the incident.
 *
 * @param manager the Major Incident Manager; null until assigned
 * @param members the team members and their roles, sorted by member
 * @param resolverGroups the engaged resolver groups, sorted
 * @param primaryGroup the primary resolver group; null until one is engaged as primary
 * @param mobilisedAt when the team was mobilised; null before
 */
public record Team(Actor manager, Map<Actor, TeamRole> members, Set<ResolverGroup> resolverGroups,
    ResolverGroup primaryGroup, Instant mobilisedAt) {

  static final Team EMPTY = new Team(null, Map.of(), Set.of(), null, null);

  /**
   * @param newManager the Major Incident Manager from now on
   * @return a copy with that manager
   */
  public Team withManager(Actor newManager) {
    return new Team(newManager, members, resolverGroups, primaryGroup, mobilisedAt);
  }

  /**
   * @param member a person
   * @param role their role
   * @return a copy with the person in the team in that role
   */
  public Team withMember(Actor member, TeamRole role) {
    Map<Actor, TeamRole> copy = new TreeMap<>(members);
    copy.put(member, role);
    return new Team(manager, Collections.unmodifiableMap(copy), resolverGroups, primaryGroup, mobilisedAt);
  }

  /**
   * @param member a person
   * @return a copy without the person
   */
  public Team withoutMember(Actor member) {
    Map<Actor, TeamRole> copy = new TreeMap<>(members);
    copy.remove(member);
    return new Team(manager, Collections.unmodifiableMap(copy), resolverGroups, primaryGroup, mobilisedAt);
  }

  /**
   * @param group a resolver group
   * @param primary whether it becomes the primary group
   * @return a copy with the group engaged
   */
  public Team withGroup(ResolverGroup group, boolean primary) {
    Set<ResolverGroup> copy = new TreeSet<>(resolverGroups);
    copy.add(group);
    return new Team(manager, members, Collections.unmodifiableSet(copy), primary ? group : primaryGroup,
        mobilisedAt);
  }

  /**
   * @param at when the team was mobilised
   * @return a copy mobilised at that time
   */
  public Team mobilised(Instant at) {
    return new Team(manager, members, resolverGroups, primaryGroup, at);
  }
}
