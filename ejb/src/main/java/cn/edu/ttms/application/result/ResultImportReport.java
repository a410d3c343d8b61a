package cn.edu.ttms.application.result;

import cn.edu.ttms.application.sheet.ImportProblem;
import java.io.Serializable;
import java.util.List;

/** What an upload of the results grid did (or would do): rows read, rows saved, problems by row and column. */
public record ResultImportReport(int rows, int saved, List<ImportProblem> problems) implements Serializable {}
