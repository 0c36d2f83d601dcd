/**
 * What managers read after an incident, derived from its events: the {@link dev.mim.core.report.Timeline}, the
 * {@link dev.mim.core.report.IncidentReport} (figures, cost, review, timeline) and its Markdown rendering
 * ({@link dev.mim.core.report.ReviewMarkdown}), the {@link dev.mim.core.report.PeriodReport} over many incidents,
 * and the query for {@link dev.mim.core.report.OverdueActionItems}. Pure.
 */
@NullMarked
package dev.mim.core.report;

import org.jspecify.annotations.NullMarked;
