package org.drillgrid.ui.design;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.function.BiConsumer;

/**
 * File uploads of the designer: one file at a time, held in memory up to a limit, handed over on the UI thread
 * once the fields typed before it have reached the server.
 */
final class Uploads {

    private Uploads() {
    }

    /**
     * An upload whose file ({@code name}, bytes) goes to {@code onFile} inside the UI's lock; files over
     * {@code maxBytes} are refused by the browser and the server alike, with a notification naming the limit.
     * The file is handed over only after a round trip to the browser: the upload travels in a request of its
     * own, which can overtake the one carrying a value typed just before (a cell size typed, then the file
     * chosen), and the browser answers the round trip only after the requests it queued before it, so the
     * form's values are the ones on the screen when {@code onFile} reads them.
     */
    static Upload upload(String id, long maxBytes, BiConsumer<String, byte[]> onFile, String... accepted) {
        Upload upload = new Upload();
        upload.setUploadHandler(event -> {
            // read at most one byte past the limit: a file that is too large is never held whole
            String name = event.getFileName();
            byte[] bytes;
            try (java.io.InputStream in = event.getInputStream()) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            } catch (java.io.IOException e) {
                event.getUI().access(() -> error(upload.getTranslation("design.error.io", e.getMessage())));
                return;
            }
            // the handler runs outside the session's lock: hand the file over inside it, after the fields
            event.getUI().access(() -> {
                upload.clearFileList(); // ready for the next file
                if (bytes.length > maxBytes) {
                    error(upload.getTranslation("design.upload.tooLarge", name, maxBytes / (1024 * 1024)));
                    return;
                }
                upload.getElement().executeJs("return null;").then(ignored -> handOver(upload, onFile, name, bytes),
                        failed -> handOver(upload, onFile, name, bytes));
            });
        });
        upload.setId(id);
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        if (accepted.length > 0) {
            upload.setAcceptedFileTypes(accepted);
        }
        upload.addFileRejectedListener(e -> error(e.getErrorMessage()));
        upload.setI18n(i18n(upload));
        return upload;
    }

    private static void handOver(Upload upload, BiConsumer<String, byte[]> onFile, String name, byte[] bytes) {
        try {
            onFile.accept(name, bytes);
        } catch (RuntimeException e) {
            error(upload.getTranslation("design.upload.failed", name, String.valueOf(e.getMessage())));
        }
    }

    /** The upload's own labels and messages in the page's language. */
    private static UploadI18N i18n(Upload u) {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(u.getTranslation("design.upload.drop"))
                        .setMany(u.getTranslation("design.upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(u.getTranslation("design.upload.add"))
                        .setMany(u.getTranslation("design.upload.add")))
                .setError(new UploadI18N.Error().setTooManyFiles(u.getTranslation("design.upload.tooMany"))
                        .setFileIsTooBig(u.getTranslation("design.upload.tooBig"))
                        .setIncorrectFileType(u.getTranslation("design.upload.wrongType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(u.getTranslation("design.upload.connecting"))
                                .setStalled(u.getTranslation("design.upload.stalled"))
                                .setProcessing(u.getTranslation("design.upload.processing"))
                                .setHeld(u.getTranslation("design.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(u.getTranslation("design.upload.remaining"))
                                .setUnknown(u.getTranslation("design.upload.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(u.getTranslation("design.upload.unavailable"))
                                .setUnexpectedServerError(u.getTranslation("design.upload.serverError"))
                                .setForbidden(u.getTranslation("design.upload.forbidden"))))
                .setFile(new UploadI18N.File().setRetry(u.getTranslation("design.upload.retry"))
                        .setStart(u.getTranslation("design.upload.start")).setRemove(u.getTranslation("design.upload.remove")))
                .setUnits(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }

    static void error(String text) {
        Notification n = Notification.show(text, 10_000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void done(String text) {
        Notification n = Notification.show(text, 5_000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
