/**
 * Reading and writing the spreadsheets bureaus exchange with the system (teacher lists, annual
 * plans, rosters, results grids): .xlsx, .xls, and CSV or TSV in UTF-8 or GBK, told apart by
 * content. {@link cn.edu.ttms.infrastructure.spreadsheet.SpreadsheetReader} turns any of them into
 * {@link cn.edu.ttms.infrastructure.spreadsheet.SheetRow}s of displayed text with Excel's row
 * numbers; importers check those and report {@link
 * cn.edu.ttms.application.sheet.ImportProblem}s. Plain classes on Apache POI and Commons
 * CSV, no container.
 */
package cn.edu.ttms.infrastructure.spreadsheet;
