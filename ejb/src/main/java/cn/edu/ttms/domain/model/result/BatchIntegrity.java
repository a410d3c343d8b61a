package cn.edu.ttms.domain.model.result;

import cn.edu.ttms.domain.model.shared.MessageKeyed;

/**
 * What the last verification of a batch found (api.md {@code /verification}): nothing signed yet,
 * every signature valid over rows that still match the snapshot, or rows changed after signing.
 * TAMPERED is sticky: a later state of the rows cannot make a forged batch trustworthy again.
 */
public enum BatchIntegrity implements MessageKeyed {
    UNSIGNED,
    VALID,
    TAMPERED;

    @Override
    public String messageKey() {
        return "batchIntegrity." + name();
    }
}
