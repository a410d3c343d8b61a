package cn.edu.ttms.interfaces.rest.accountsheet;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of account sheets: {@code {"items": [...], "total": N}}. */
@Schema(name = "AccountSheetList")
@JsonbPropertyOrder({"items", "total"})
public record AccountSheetList(List<AccountSheetView> items, long total) {}
