package com.researchbridge.onboarding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload button's own texts in the reader's language. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Component c, int maxMegabytes) {
        var i18n = new UploadI18N();
        String failed = c.getTranslation("onboarding.upload.failed");
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(c.getTranslation("onboarding.upload.button")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(c.getTranslation("onboarding.upload.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(c.getTranslation("onboarding.error.tooLarge", maxMegabytes))
                .setIncorrectFileType(c.getTranslation("onboarding.upload.csvOnly"))
                .setTooManyFiles(c.getTranslation("onboarding.upload.csvOnly")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting("…").setProcessing("…").setHeld("…").setStalled("…"))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(failed)
                        .setUnexpectedServerError(failed).setForbidden(failed)));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        i18n.setFile(new UploadI18N.File().setRetry(c.getTranslation("onboarding.upload.retry"))
                .setStart(c.getTranslation("onboarding.upload.button")).setRemove(c.getTranslation("onboarding.upload.remove")));
        return i18n;
    }
}
