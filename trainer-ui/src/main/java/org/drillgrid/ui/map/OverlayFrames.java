package org.drillgrid.ui.map;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The numbered overlay images of one map, the newest few kept. The browser asks for {@code ?v=N}; a number no
 * longer kept (or none) is answered with the newest image, so a fetch that was overtaken never fails.
 */
final class OverlayFrames {

    private final int kept;
    private final Map<Integer, byte[]> images = new LinkedHashMap<>();
    private int newest;

    OverlayFrames(int kept) {
        this.kept = kept;
    }

    synchronized void put(int version, byte[] png) {
        images.put(version, png);
        newest = version;
        while (images.size() > kept) {
            images.remove(images.keySet().iterator().next());
        }
    }

    /** The image of a version, or the newest if it is no longer kept. */
    synchronized byte[] get(int version) {
        byte[] png = images.get(version);
        return png != null ? png : images.get(newest);
    }

    /** Serves {@code ?v=N} from these images. */
    DownloadHandler handler() {
        return new Png(version -> get(version));
    }

    /** Serves one image. */
    static DownloadHandler png(Supplier<byte[]> image) {
        return new Png(version -> image.get());
    }

    /**
     * A PNG by the version the browser asks for. Served while a modal dialog is open too (the console's "end
     * the exercise?"), since the map goes on updating behind it.
     */
    private static final class Png implements DownloadHandler {

        private static final long serialVersionUID = 1L;
        private final transient java.util.function.IntFunction<byte[]> images;

        Png(java.util.function.IntFunction<byte[]> images) {
            this.images = images;
        }

        @Override
        public void handleDownloadRequest(DownloadEvent event) throws IOException {
            String v = event.getRequest().getParameter("v");
            int version;
            try {
                version = v == null ? -1 : Integer.parseInt(v);
            } catch (NumberFormatException e) {
                version = -1;
            }
            write(event, images.apply(version));
        }

        @Override
        public boolean isAllowInert() {
            return true;
        }
    }

    private static void write(DownloadEvent event, byte[] png) throws IOException {
        event.setContentType("image/png");
        event.getResponse().setHeader("Cache-Control", "private, max-age=600");
        if (png == null) {
            png = new byte[0];
        }
        event.setContentLength(png.length);
        try (OutputStream out = event.getOutputStream()) {
            out.write(png);
        }
    }
}
