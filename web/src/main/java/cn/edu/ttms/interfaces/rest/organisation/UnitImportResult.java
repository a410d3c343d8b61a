package cn.edu.ttms.interfaces.rest.organisation;

import cn.edu.ttms.application.organisation.UnitImportReport;
import cn.edu.ttms.interfaces.rest.ImportRowError;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import of units found and did: data rows read, units created (for a dry run: that the
 * import would create), rows naming units that exist already, and every problem by row and column.
 */
@Schema(name = "UnitImportResult")
@JsonbPropertyOrder({"rows", "created", "existing", "errors"})
public record UnitImportResult(
        @Schema(description = "读取的数据行数") int rows,
        @Schema(description = "新建的单位数（试运行时为将新建的单位数）") int created,
        @Schema(description = "已存在（同一上级单位下同名）因而未重复新建的单位数") int existing,
        List<ImportRowError> errors) {

    static UnitImportResult of(UnitImportReport report, Locale locale) {
        return new UnitImportResult(
                report.rows(), report.created(), report.existing(), ImportRowError.of(report.problems(), locale));
    }
}
