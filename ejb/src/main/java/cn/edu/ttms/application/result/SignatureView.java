package cn.edu.ttms.application.result;

import cn.edu.ttms.domain.model.result.SignatureMeaning;
import java.io.Serializable;
import java.time.Instant;

/** A signature of a batch as lists show it (what the CMS itself says is checked by verification). */
public record SignatureView(
        long id,
        int revision,
        SignatureMeaning meaning,
        String signer,
        String signerName,
        String signerRole,
        Instant signedAt,
        long certificateId)
        implements Serializable {}
