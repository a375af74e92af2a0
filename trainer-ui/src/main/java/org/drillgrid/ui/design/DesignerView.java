package org.drillgrid.ui.design;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.io.IOException;
import java.util.List;
import org.drillgrid.model.json.Violation;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.ui.AppServices;
import org.drillgrid.ui.MainLayout;
import org.drillgrid.ui.auth.Allowed;
import org.drillgrid.ui.auth.CurrentUser;
import org.drillgrid.ui.auth.Role;

/**
 * The scenario editor: a library scenario's latest version as a draft, edited in tabs (general, layers,
 * map of forces, hazards, drill script, check and dry run), checked live against the validator, and saved
 * as a new version with a comment. Nothing is written until Save; until then the draft is kept in the
 * browser session ({@link DraftShelf}), so a language switch or a return to the page finds it as it was,
 * and leaving the page (or closing the tab) with unsaved edits asks first.
 */
@Allowed({Role.DESIGNER, Role.ADMIN})
@Route(value = "design/edit", layout = MainLayout.class)
public final class DesignerView extends VerticalLayout
        implements HasUrlParameter<String>, HasDynamicTitle, BeforeLeaveObserver {

    private static final long serialVersionUID = 1L;

    private final transient DesignService design;
    private transient Draft draft;
    private String id;
    private transient Runnable stopListening = () -> { };
    /** The unsaved state last told to the browser's leave guard, or null before the first. */
    private Boolean guarded;
    private final H2 title = new H2();
    final Span status = new Span();
    final Span restored = new Span();
    final Button discard = new Button();
    final TextField comment = new TextField();
    final Button save = new Button();
    final TabSheet tabs = new TabSheet();
    GeneralPanel general;
    LayersPanel layers;
    ForcesPanel forces;
    HazardsPanel hazards;
    DrillPanel drill;
    CheckPanel check;

    public DesignerView() {
        this.design = AppServices.current().design();
        setWidthFull();
    }

    @Override
    public void setParameter(BeforeEvent event, String id) {
        removeAll();
        this.id = id;
        boolean kept;
        boolean stale;
        try {
            int latest = design.latestVersion(id);
            DraftShelf shelf = DraftShelf.current();
            stale = shelf.stale(id, latest);
            var onShelf = shelf.find(id, latest);
            kept = onShelf.isPresent();
            draft = kept ? onShelf.get() : design.open(id);
            shelf.keep(id, draft);
        } catch (IllegalArgumentException | ScenarioException | IOException e) {
            add(new H2(getTranslation("design.title")), new Span(getTranslation("design.open.failed", id,
                    e instanceof ScenarioException se ? String.join("; ", se.violations().stream().map(Object::toString).toList())
                            : e.getMessage())), new RouterLink(getTranslation("design.back"), LibraryView.class));
            return;
        }
        build();
        restored.setId("draft-restored");
        restored.getStyle().set("color", "var(--lumo-primary-text-color)");
        restored.setText(kept ? getTranslation("design.draft.restored")
                : stale ? getTranslation("design.draft.stale") : "");
        restored.setVisible(kept || stale);
    }

    private void build() {
        status.setId("draft-status");
        comment.setId("save-comment");
        comment.setPlaceholder(getTranslation("design.save.comment"));
        comment.setWidth("22em");
        save.setText(getTranslation("design.save"));
        save.setId("save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        discard.setText(getTranslation("design.draft.discard"));
        discard.setId("discard");
        discard.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        discard.addClickListener(e -> discard());
        HorizontalLayout bar = new HorizontalLayout(new RouterLink(getTranslation("design.back"), LibraryView.class),
                status, comment, save, discard);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");

        general = new GeneralPanel(draft);
        layers = new LayersPanel(draft, design);
        forces = new ForcesPanel(draft);
        hazards = new HazardsPanel(draft);
        drill = new DrillPanel(draft);
        check = new CheckPanel(draft, design, this::jumpTo);
        tabs.setId("design-tabs");
        while (tabs.getTabCount() > 0) { // after a save: the saved draft's panels go
            tabs.remove(0);
        }
        tabs.add(getTranslation("design.tab.general"), general).setId("tab-general");
        tabs.add(getTranslation("design.tab.layers"), layers).setId("tab-layers");
        tabs.add(getTranslation("design.tab.forces"), forces).setId("tab-forces");
        tabs.add(getTranslation("design.tab.hazards"), hazards).setId("tab-hazards");
        tabs.add(getTranslation("design.tab.drill"), drill).setId("tab-drill");
        tabs.add(getTranslation("design.tab.check"), check).setId("tab-check");
        tabs.setWidthFull();
        add(title, restored, bar, tabs);
        stopListening.run();
        stopListening = draft.addListener(this::changed);
        changed();
    }

    /** After every edit: re-check the draft and let each tab show what concerns it. */
    private void changed() {
        List<Violation> problems = draft.problems();
        title.setText(getTranslation("design.editing", draft.doc().nameOrId().in(getLocale()), draft.doc().id()));
        String version = draft.baseVersion() == null ? "" : "v" + draft.baseVersion();
        status.setText(version + " · " + (draft.dirty() ? getTranslation("design.unsaved") : getTranslation("design.saved"))
                + " · " + (problems.isEmpty() ? getTranslation("design.valid")
                        : getTranslation("design.problems", problems.size())));
        status.getStyle().set("color", problems.isEmpty() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        discard.setVisible(draft.dirty() && draft.baseVersion() != null);
        guard(draft.dirty());
        general.show(problems);
        layers.show(problems);
        forces.show(problems);
        hazards.show(problems);
        drill.show(problems);
        check.show(problems);
    }

    /** Opens the tab a violation's path belongs to. */
    void jumpTo(String path) {
        int tab;
        if (path.startsWith("$.layers") || path.startsWith("$.grid")) {
            tab = 1;
        } else if (path.startsWith("$.forces") || path.startsWith("$.drill.places") || path.startsWith("$.drill.sensors")) {
            tab = 2;
        } else if (path.startsWith("$.hazards")) {
            tab = 3;
        } else if (path.startsWith("$.drill") && !path.startsWith("$.drill.targets")) { // the targets are general
            tab = 4;
        } else {
            tab = 0;
        }
        tabs.setSelectedIndex(tab);
    }

    /** Saves the draft as a new version; refused (with the reasons) while it has problems. */
    void save() {
        List<Violation> problems = draft.problems();
        if (!problems.isEmpty()) {
            Uploads.error(getTranslation("design.save.invalid", problems.size(), problems.get(0)));
            tabs.setSelectedIndex(5);
            return;
        }
        try {
            String user = CurrentUser.require(Role.DESIGNER, Role.ADMIN).username();
            int v = design.save(draft, user, comment.getValue().isBlank() ? null : comment.getValue().strip());
            comment.clear();
            Uploads.done(getTranslation("design.save.done", draft.doc().id(), v));
            draft = design.open(draft.doc().id());
            DraftShelf.current().keep(id, draft);
            removeAll();
            build();
            restored.setVisible(false);
        } catch (ScenarioException e) {
            Uploads.error(getTranslation("design.save.invalid", e.violations().size(), e.violations().get(0)));
        } catch (IOException | RuntimeException e) {
            Uploads.error(getTranslation("design.error.io", e.getMessage()));
        }
    }

    /** Throws the unsaved edits away and opens the library's latest version again. */
    void discard() {
        try {
            Draft fresh = design.open(id);
            DraftShelf.current().keep(id, fresh);
            draft = fresh;
            removeAll();
            build();
            restored.setVisible(false);
            Uploads.done(getTranslation("design.draft.discarded"));
        } catch (ScenarioException | IOException | RuntimeException e) {
            Uploads.error(getTranslation("design.error.io", e.getMessage()));
        }
    }

    /**
     * Tells the browser whether closing or reloading the tab would leave unsaved edits, so that it asks
     * first (the language switch, which keeps the draft, reloads without asking: see Language).
     */
    private void guard(boolean unsaved) {
        if (guarded != null && guarded == unsaved) {
            return;
        }
        guarded = unsaved;
        getElement().executeJs("window.drillgridUnsaved = $0;"
                + " if (!window.drillgridLeaveGuard) {"
                + "  window.drillgridLeaveGuard = function (e) {"
                + "   if (window.drillgridUnsaved && !window.drillgridReloading) { e.preventDefault(); e.returnValue = ''; }"
                + "  };"
                + "  window.addEventListener('beforeunload', window.drillgridLeaveGuard);"
                + " }", unsaved);
    }

    /** Leaving for another page of the app with unsaved edits asks first: stay, keep them for later, or discard. */
    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (draft == null || !draft.dirty()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        Dialog dialog = new Dialog();
        dialog.setId("leave-dialog");
        dialog.setHeaderTitle(getTranslation("design.leave.title"));
        dialog.add(new Paragraph(getTranslation("design.leave.text")));
        Button stay = new Button(getTranslation("design.leave.stay"), e -> dialog.close());
        stay.setId("leave-stay");
        stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button keep = new Button(getTranslation("design.leave.keep"), e -> {
            dialog.close();
            leave.proceed();
        });
        keep.setId("leave-keep");
        Button drop = new Button(getTranslation("design.leave.discard"), e -> {
            dialog.close();
            DraftShelf.current().drop(id);
            leave.proceed();
        });
        drop.setId("leave-discard");
        drop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        dialog.getFooter().add(drop, keep, stay);
        dialog.open();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stopListening.run();
        stopListening = () -> { };
        guarded = null;
        event.getUI().getPage().executeJs("window.drillgridUnsaved = false;");
        super.onDetach(event);
    }

    Draft draft() {
        return draft;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("design.title") + (draft == null ? "" : " · " + draft.doc().id()) + " · Drillgrid";
    }
}
