package cn.edu.ttms.infrastructure.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Refuses an .xlsx whose first sheet has text beyond the row limit before POI builds the sheet in
 * memory: that model takes about 20 KB of heap per row of 12 columns (4 GB for 200,000 rows), so a
 * limit checked afterwards would come too late to protect the server.
 *
 * <p>One streaming pass over the sheet's XML, stopping at the first value in a row past the limit;
 * rows past it that are only formatted (no value) are allowed, as {@link SpreadsheetReader} drops
 * them.
 */
final class XlsxRowGuard {

    private XlsxRowGuard() {}

    static void check(OPCPackage pkg, int maxRows) throws IOException, OpenXML4JException, XMLStreamException {
        Iterator<InputStream> sheets = new XSSFReader(pkg).getSheetsData();
        if (!sheets.hasNext()) {
            return;
        }
        try (InputStream sheet = sheets.next()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheet);
            try {
                int row = 0;
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    String name = xml.getLocalName();
                    if (name.equals("row")) {
                        String number = xml.getAttributeValue(null, "r");
                        row = number != null ? Integer.parseInt(number) : row + 1;
                    } else if (row > maxRows && (name.equals("v") || name.equals("is"))) {
                        throw SpreadsheetUnreadable.tooManyRows(maxRows);
                    }
                }
            } finally {
                xml.close();
            }
        }
    }
}
