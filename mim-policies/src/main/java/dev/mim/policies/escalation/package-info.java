/**
 * Ready escalation policies: {@link dev.mim.policies.escalation.EscalationPlan}, chains of rules per condition and
 * priority on a 24x7 or business-hours clock (a rule may page its targets in turn, apply only in support hours, and
 * remind its targets: {@link dev.mim.policies.escalation.EscalationReminder}), and
 * {@link dev.mim.policies.escalation.EscalationPresets}: mim's tiered default and plans shaped like PagerDuty,
 * Opsgenie and ServiceNow.
 */
@NullMarked
package dev.mim.policies.escalation;

import org.jspecify.annotations.NullMarked;
