/**
 * Report: the figures management reviews — the monthly statistics and analysis report, the weekly
 * trend report, the KPIs per department and staff member — and the register of improvement
 * actions decided in the review. Figures are plain records (numbers, not text) that a page, a
 * spreadsheet and a PDF can all render; they are aggregated in SQL by the public queries of the
 * complaint, sla and feedback modules. Public API: {@link org.anju.report.Reports},
 * {@link org.anju.report.Actions} ({@code publicActions} for the public board),
 * {@link org.anju.report.ReportFiles} (the reports as Excel workbooks and PDFs).
 */
@ApplicationModule(displayName = "Report")
package org.anju.report;

import org.springframework.modulith.ApplicationModule;
