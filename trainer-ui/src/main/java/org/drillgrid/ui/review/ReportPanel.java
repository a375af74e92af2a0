package org.drillgrid.ui.review;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.drillgrid.engine.report.DocxReport;
import org.drillgrid.engine.report.HtmlReport;
import org.drillgrid.engine.report.ReportModel;
import org.drillgrid.ui.AppServices;
import org.drillgrid.ui.session.SessionService;

/**
 * The after-action report and improvement plan of the session, in the language chosen: made again from
 * the session's inputs into a run folder (the session service's export, one at a time on the server), then
 * rendered once as HTML and once as a Word document from the same report model, both offered for
 * download. It takes seconds to a minute, so it runs in the background; a server busy with another
 * re-simulation says so.
 */
final class ReportPanel extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;

    /** The report in both formats. */
    record Made(String html, byte[] docx) {
    }

    private final String sessionId;
    private final Select<String> lang = new Select<>();
    private final Button make = new Button();
    private final Paragraph message = new Paragraph();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private transient Made made;

    ReportPanel(String sessionId) {
        this.sessionId = sessionId;
        lang.setId("review-report-lang");
        lang.setLabel(getTranslation("review.report.lang"));
        lang.setItems(List.of("zh", "en"));
        lang.setItemLabelGenerator(l -> getTranslation("language." + l));
        lang.setValue("en".equals(getLocale().getLanguage()) ? "en" : "zh");
        make.setText(getTranslation("review.report.make"));
        make.setId("review-report");
        make.addClickListener(e -> make());
        message.setId("review-report-message");
        HorizontalLayout bar = new HorizontalLayout(lang, make);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        getContent().setPadding(false);
        getContent().add(new H3(getTranslation("review.report")), new Paragraph(getTranslation("review.report.help")),
                bar, message, downloads);
    }

    /** Starts making the report. Package-private for tests. */
    void make() {
        ReviewAccess.require(sessionId);
        SessionService sessions = AppServices.current().sessions();
        var row = sessions.store().find(sessionId);
        if (row.isEmpty() || row.get().simSeconds() <= 0) {
            message.setText(getTranslation("review.report.notRun"));
            return;
        }
        String language = lang.getValue();
        make.setEnabled(false);
        downloads.removeAll();
        made = null;
        message.setText(getTranslation("review.report.working"));
        Background.run(UI.getCurrent(), "report", () -> report(sessions, sessionId, language), m -> {
            made = m;
            make.setEnabled(true);
            message.setText(getTranslation("review.report.done"));
            String base = "drillgrid-aar-" + sessionId.substring(0, Math.min(8, sessionId.length())) + "-" + language;
            downloads.add(download("review-report-html", "review.report.html", base + ".html",
                    m.html().getBytes(StandardCharsets.UTF_8)));
            downloads.add(download("review-report-docx", "review.report.docx", base + ".docx", m.docx()));
        }, e -> {
            make.setEnabled(true);
            message.setText(e instanceof SessionService.Busy ? getTranslation("review.busy")
                    : getTranslation("review.report.failed", e.getMessage()));
        });
    }

    /** The session's report (one re-simulation, by the session service) in both formats. */
    static Made report(SessionService sessions, String id, String language) throws Exception {
        ReportModel model = sessions.report(id, language);
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        DocxReport.write(model, docx);
        return new Made(HtmlReport.render(model), docx.toByteArray());
    }

    private Anchor download(String id, String key, String file, byte[] bytes) {
        Anchor a = new Anchor(new StreamResource(file, () -> new ByteArrayInputStream(bytes)), getTranslation(key));
        a.setId(id);
        a.getElement().setAttribute("download", true);
        return a;
    }

    /** The report made last, or null (for tests). */
    Made made() {
        return made;
    }

    String message() {
        return message.getText();
    }
}
