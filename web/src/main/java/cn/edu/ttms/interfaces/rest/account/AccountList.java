package cn.edu.ttms.interfaces.rest.account;

import cn.edu.ttms.application.account.AccountPage;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the accounts the caller manages: {@code {"items": [...], "total": N}}. */
@Schema(name = "AccountList")
@JsonbPropertyOrder({"items", "total"})
public record AccountList(List<Account> items, long total) {

    static AccountList of(AccountPage page) {
        return new AccountList(page.items().stream().map(Account::of).toList(), page.total());
    }
}
