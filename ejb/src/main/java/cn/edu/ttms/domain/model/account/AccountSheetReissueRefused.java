package cn.edu.ttms.domain.model.account;

import cn.edu.ttms.domain.model.shared.Conflict;

/**
 * A reissue of an account sheet that the state forbids (409): the sheet was never fetched (download
 * it instead), or none of its accounts still waits for a password of its own.
 */
public class AccountSheetReissueRefused extends Conflict {

    private static final long serialVersionUID = 1L;

    private AccountSheetReissueRefused(String messageKey, String englishMessage) {
        super(messageKey, englishMessage);
    }

    public static AccountSheetReissueRefused notFetched(long sheetId) {
        return new AccountSheetReissueRefused(
                "error.accountSheet.notFetched", "account sheet " + sheetId + " was not fetched yet: download it");
    }

    public static AccountSheetReissueRefused nothingLeft(long sheetId) {
        return new AccountSheetReissueRefused(
                "error.accountSheet.nothingToReissue",
                "every account of sheet " + sheetId + " has set its password or was reissued already");
    }
}
