/**
 * What the application's spreadsheet ports share: {@link cn.edu.ttms.application.sheet.ImportProblem},
 * a problem found in an upload by row and column, reported to the user in their language, and {@link
 * cn.edu.ttms.application.sheet.ExportFormat}, the file an export writes (xlsx, or CSV in GBK). The sheets
 * themselves (columns, cells, layout) are read and written by adapters in the infrastructure.
 */
package cn.edu.ttms.application.sheet;
