package cn.edu.ttms.application.archive;

import cn.edu.ttms.application.sheet.ExportFormat;
import java.io.IOException;
import java.io.OutputStream;

/** The port to the spreadsheet a teacher's archive is downloaded as (implemented in infrastructure). */
public interface ArchiveSheets {

    /** Writes the file; does not close the stream. */
    void write(ArchiveFile file, ExportFormat format, OutputStream out) throws IOException;

    /** The file's name without the extension, e.g. "张三培训档案". */
    String fileName(ArchiveFile file);
}
