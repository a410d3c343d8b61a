package cn.edu.ttms.application.result;

import cn.edu.ttms.application.sheet.ImportProblem;
import java.util.List;

/** What an uploaded results sheet held: the matched rows, every problem, and how many data rows were read. */
public record ResultSheetResult(List<ResultSheetLine> lines, List<ImportProblem> problems, int dataRows) {}
