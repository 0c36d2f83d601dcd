/**
 * Named presets of policy sets for common ways of running major incident management. Later releases add ready
 * policy implementations (escalation, detection, communication) here.
 */
package dev.mim.policies;
