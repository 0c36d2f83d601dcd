/**
 * Named presets of policy sets for common ways of running major incident management. Later releases add ready
 * policy implementations (escalation, detection, communication) here.
 */
@NullMarked
package dev.mim.policies;

import org.jspecify.annotations.NullMarked;
