package org.drillgrid.ui.design;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.StreamResource;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.drillgrid.model.catalog.ScenarioCatalog;
import org.drillgrid.model.gis.ImportException;
import org.drillgrid.model.gis.RasterImport;
import org.drillgrid.model.library.ExercisePackage;
import org.drillgrid.model.library.PackageException;
import org.drillgrid.model.library.ScenarioLibrary;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.validate.ScenarioException;
import org.drillgrid.ui.AppServices;
import org.drillgrid.ui.MainLayout;
import org.drillgrid.ui.auth.Allowed;
import org.drillgrid.ui.auth.CurrentUser;
import org.drillgrid.ui.auth.Role;
import org.drillgrid.ui.session.SessionStore;

/**
 * The designer's scenario library: start a scenario from an elevation file or as a copy, open one in the
 * editor, see its versions, export it as an exercise package, delete (and restore) it, and import packages.
 */
@Allowed({Role.DESIGNER, Role.ADMIN})
@Route(value = "design", layout = MainLayout.class)
public final class LibraryView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;
    /** Largest exercise package the page accepts (the package's own limits are checked on import too). */
    static final long MAX_PACKAGE_UPLOAD = 512L * 1024 * 1024;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final transient DesignService design;
    final Grid<ScenarioLibrary.Entry> grid = new Grid<>();
    final Grid<ScenarioLibrary.Entry> deleted = new Grid<>();
    final TextField newId = new TextField();
    final TextField newNameZh = new TextField();
    final TextField newNameEn = new TextField();
    final NumberField cellSize = new NumberField();
    final Select<ScenarioCatalog.Entry> copyFrom = new Select<>();
    final TextField copyId = new TextField();
    final Checkbox showDeleted = new Checkbox();
    final Pre report = new Pre();

    public LibraryView() {
        this.design = AppServices.current().design();
        add(new H2(getTranslation("design.title")), new Paragraph(getTranslation("design.intro")));
        add(newScenario(), copyScenario());

        grid.setId("library");
        grid.addColumn(ScenarioLibrary.Entry::id).setKey("id").setHeader(getTranslation("design.col.id")).setAutoWidth(true);
        grid.addColumn(e -> e.name() == null ? "" : e.name().in(getLocale())).setKey("name")
                .setHeader(getTranslation("design.col.name")).setFlexGrow(1);
        grid.addColumn(e -> "v" + e.version()).setKey("version").setHeader(getTranslation("design.col.version")).setAutoWidth(true);
        grid.addColumn(e -> WHEN.format(e.saved()) + " · " + e.savedBy()).setKey("saved")
                .setHeader(getTranslation("design.col.saved")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);

        deleted.setId("library-deleted");
        deleted.addColumn(ScenarioLibrary.Entry::id).setHeader(getTranslation("design.col.id")).setAutoWidth(true);
        deleted.addColumn(e -> e.name() == null ? "" : e.name().in(getLocale())).setHeader(getTranslation("design.col.name"));
        deleted.addComponentColumn(e -> {
            Button restore = new Button(getTranslation("design.restore"), ev -> restore(e.id()));
            restore.setId("restore-" + e.id());
            return restore;
        }).setAutoWidth(true).setFlexGrow(0);
        deleted.setAllRowsVisible(true);
        showDeleted.setId("show-deleted");
        showDeleted.setLabel(getTranslation("design.showDeleted"));
        showDeleted.addValueChangeListener(e -> refresh());

        var importUpload = Uploads.upload("import-package", MAX_PACKAGE_UPLOAD, this::importPackage, ".zip", "application/zip");
        report.setId("import-report");
        report.setVisible(false);
        add(new H3(getTranslation("design.library")), grid, showDeleted, deleted,
                new H3(getTranslation("design.import")), new Paragraph(getTranslation("design.import.help")),
                importUpload, report);
        setWidthFull();
        refresh();
    }

    private VerticalLayout newScenario() {
        newId.setId("new-id");
        newId.setLabel(getTranslation("design.new.id"));
        newId.setHelperText(getTranslation("design.new.id.help"));
        newNameZh.setId("new-name-zh");
        newNameZh.setLabel(getTranslation("design.new.nameZh"));
        newNameEn.setId("new-name-en");
        newNameEn.setLabel(getTranslation("design.new.nameEn"));
        cellSize.setId("new-cell-size");
        cellSize.setLabel(getTranslation("design.new.cellSize"));
        cellSize.setHelperText(getTranslation("design.new.cellSize.help"));
        cellSize.setValue(50.0);
        cellSize.setMin(1);
        // the form goes with the file: every keystroke reaches the server at once, so a file dropped on the
        // upload (no blur, no change event) still finds the values on the screen (and see Uploads)
        for (var field : List.of(newId, newNameZh, newNameEn)) {
            field.setValueChangeMode(ValueChangeMode.EAGER);
        }
        cellSize.setValueChangeMode(ValueChangeMode.EAGER);
        var dem = Uploads.upload("new-dem", RasterImport.MAX_BYTES, this::create, ".asc", ".tif", ".tiff");
        HorizontalLayout row = new HorizontalLayout(newId, newNameZh, newNameEn, cellSize);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("design.new")),
                new Paragraph(getTranslation("design.new.help")), row, dem);
        box.setPadding(false);
        return box;
    }

    private VerticalLayout copyScenario() {
        copyFrom.setId("copy-from");
        copyFrom.setLabel(getTranslation("design.copy.from"));
        copyFrom.setItemLabelGenerator(e -> e.name().in(getLocale()) + " (" + e.ref() + ")");
        copyFrom.setWidth("28em");
        copyId.setId("copy-id");
        copyId.setLabel(getTranslation("design.new.id"));
        Button copy = new Button(getTranslation("design.copy.button"), e -> copy());
        copy.setId("copy");
        HorizontalLayout row = new HorizontalLayout(copyFrom, copyId, copy);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("design.copy")), row);
        box.setPadding(false);
        return box;
    }

    private HorizontalLayout actions(ScenarioLibrary.Entry e) {
        Button edit = new Button(getTranslation("design.edit"), ev -> getUI().ifPresent(ui -> ui.navigate(DesignerView.class, e.id())));
        edit.setId("edit-" + e.id());
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        Button history = new Button(getTranslation("design.history"), ev -> history(e));
        history.setId("history-" + e.id());
        history.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button export = new Button(getTranslation("design.export"), ev -> exportDialog(e));
        export.setId("export-" + e.id());
        export.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button delete = new Button(getTranslation("design.delete"), ev -> confirmDelete(e));
        delete.setId("delete-" + e.id());
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        return new HorizontalLayout(edit, history, export, delete);
    }

    void refresh() {
        grid.setItems(design.library().list());
        List<ScenarioLibrary.Entry> gone = design.library().listAll().stream().filter(ScenarioLibrary.Entry::deleted).toList();
        deleted.setItems(gone);
        deleted.setVisible(showDeleted.getValue() && !gone.isEmpty());
        copyFrom.setItems(design.catalog().entries());
    }

    private String user() {
        return CurrentUser.require(Role.DESIGNER, Role.ADMIN).username();
    }

    /** Starts a scenario from an elevation raster: saved as version 1, then opened in the editor. */
    void create(String fileName, byte[] bytes) {
        String id = newId.getValue().strip();
        String problem = design.idProblem(id);
        if (problem != null) {
            newId.setErrorMessage(problem);
            newId.setInvalid(true);
            return;
        }
        newId.setInvalid(false);
        Double size = cellSize.getValue();
        if (size == null || !(size > 0)) {
            cellSize.setErrorMessage(getTranslation("design.new.cellSize.error"));
            cellSize.setInvalid(true);
            return;
        }
        cellSize.setInvalid(false);
        String zh = newNameZh.getValue().strip();
        String en = newNameEn.getValue().strip();
        LocalizedText name = zh.isEmpty() && en.isEmpty() ? null : new LocalizedText(zh.isEmpty() ? en : zh, en.isEmpty() ? null : en);
        try {
            DesignService.Started started = design.fromElevation(id, name, fileName, bytes, size);
            design.save(started.draft(), user(), "created from " + fileName);
            Uploads.done(getTranslation("design.new.done", id, started.report().summary()));
            getUI().ifPresent(ui -> ui.navigate(DesignerView.class, id));
        } catch (ImportException | IllegalArgumentException e) {
            Uploads.error(e.getMessage());
        } catch (ScenarioException e) {
            Uploads.error(String.join("; ", e.violations().stream().map(Object::toString).toList()));
        } catch (IOException e) {
            Uploads.error(getTranslation("design.error.io", e.getMessage()));
        }
    }

    void copy() {
        ScenarioCatalog.Entry from = copyFrom.getValue();
        if (from == null) {
            copyFrom.setErrorMessage(getTranslation("design.copy.error"));
            copyFrom.setInvalid(true);
            return;
        }
        copyFrom.setInvalid(false);
        String id = copyId.getValue().strip();
        try {
            design.copy(from.ref(), id, user());
            copyId.setInvalid(false);
            getUI().ifPresent(ui -> ui.navigate(DesignerView.class, id));
        } catch (IllegalArgumentException e) {
            copyId.setErrorMessage(e.getMessage());
            copyId.setInvalid(true);
        } catch (ScenarioException e) {
            Uploads.error(String.join("; ", e.violations().stream().map(Object::toString).toList()));
        } catch (IOException e) {
            Uploads.error(getTranslation("design.error.io", e.getMessage()));
        }
    }

    private void history(ScenarioLibrary.Entry e) {
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("design.history.title", e.id()));
        Grid<ScenarioLibrary.Version> versions = new Grid<>();
        versions.setId("versions");
        versions.addColumn(v -> "v" + v.version()).setHeader(getTranslation("design.col.version")).setAutoWidth(true);
        versions.addColumn(v -> WHEN.format(v.saved())).setHeader(getTranslation("design.col.saved")).setAutoWidth(true);
        versions.addColumn(ScenarioLibrary.Version::savedBy).setHeader(getTranslation("design.col.by")).setAutoWidth(true);
        versions.addColumn(v -> v.comment() == null ? "" : v.comment()).setHeader(getTranslation("design.col.comment")).setFlexGrow(1);
        versions.setItems(design.library().versions(e.id()));
        versions.setAllRowsVisible(true);
        versions.setWidth("48em");
        d.add(versions);
        d.getFooter().add(new Button(getTranslation("design.close"), ev -> d.close()));
        d.open();
    }

    /**
     * The export dialog for the scenario's latest version: with or without the runs that came with imported
     * packages, and with the finished exercises of that version the user picks (each re-simulated, with its
     * report); then a download link to the package.
     */
    void exportDialog(ScenarioLibrary.Entry shown) {
        ScenarioLibrary.Entry e = design.library().find(shown.id()).orElse(shown); // someone may have saved since
        Dialog d = new Dialog();
        d.setHeaderTitle(getTranslation("design.export.title", e.id() + "@" + e.version()));
        int archived = design.library().runs(e.id()).size();
        Checkbox runs = new Checkbox(getTranslation("design.export.runs", archived));
        runs.setId("export-runs");
        runs.setEnabled(archived > 0);
        var sessions = AppServices.current().sessions();
        MultiSelectComboBox<SessionStore.SessionRow> exercises = new MultiSelectComboBox<>();
        exercises.setId("export-exercises");
        exercises.setLabel(getTranslation("design.export.exercises"));
        exercises.setHelperText(getTranslation("design.export.exercises.help"));
        exercises.setItems(SessionArchive.finished(sessions, e.id(), e.version()));
        exercises.setItemLabelGenerator(r -> (r.name() == null ? r.id().substring(0, 8) : r.name()) + " · "
                + WHEN.format(r.updatedAt()));
        exercises.setWidth("30em");
        Anchor link = new Anchor();
        link.setId("export-link");
        link.getElement().setAttribute("download", true);
        link.setVisible(false);
        Button make = new Button(getTranslation("design.export.make"), ev -> {
            try {
                byte[] zip = exportBytes(e.id(), e.version(), runs.getValue(), List.copyOf(exercises.getValue()));
                String file = e.id() + "-v" + e.version() + ".zip";
                link.setHref(new StreamResource(file, () -> new ByteArrayInputStream(zip)));
                link.setText(getTranslation("design.export.download", file, zip.length / 1024));
                link.setVisible(true);
            } catch (ScenarioException ex) {
                Uploads.error(String.join("; ", ex.violations().stream().map(Object::toString).toList()));
            } catch (IOException ex) {
                Uploads.error(getTranslation("design.error.io", ex.getMessage()));
            } catch (RuntimeException ex) { // busy with another re-simulation, or a session that cannot be replayed
                Uploads.error(getTranslation("design.export.failed", ex.getMessage()));
            }
        });
        make.setId("export-make");
        make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new VerticalLayout(runs, exercises, make, link));
        d.getFooter().add(new Button(getTranslation("design.close"), ev -> d.close()));
        d.open();
    }

    byte[] exportBytes(String id, int version, boolean withRuns) throws ScenarioException, IOException {
        return exportBytes(id, version, withRuns, List.of());
    }

    byte[] exportBytes(String id, int version, boolean withRuns, List<SessionStore.SessionRow> exercises)
            throws ScenarioException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        design.export(id, version, withRuns, exercises, AppServices.current().sessions(), getLocale().getLanguage(),
                user(), out);
        return out.toByteArray();
    }

    private void confirmDelete(ScenarioLibrary.Entry e) {
        ConfirmDialog c = new ConfirmDialog(getTranslation("design.delete.title", e.id()),
                getTranslation("design.delete.text"), getTranslation("design.delete"), ev -> delete(e.id()));
        c.setCancelable(true);
        c.setCancelText(getTranslation("design.cancel"));
        c.setConfirmButtonTheme("error primary");
        c.open();
    }

    void delete(String id) {
        try {
            design.library().delete(id, user());
            refresh();
        } catch (IOException e) {
            Uploads.error(getTranslation("design.error.io", e.getMessage()));
        }
    }

    void restore(String id) {
        try {
            design.library().restore(id);
            refresh();
        } catch (IOException e) {
            Uploads.error(getTranslation("design.error.io", e.getMessage()));
        }
    }

    /** Imports an uploaded exercise package and says what became of it. */
    void importPackage(String fileName, byte[] bytes) {
        try {
            ExercisePackage.Imported in = design.importPackage(bytes, user());
            StringBuilder text = new StringBuilder(getTranslation(in.alreadyPresent() ? "design.import.present"
                    : "design.import.done", fileName, in.id() + "@" + in.version()));
            if (in.renamed()) {
                text.append('\n').append(getTranslation("design.import.renamed", in.id()));
            }
            if (!in.runs().isEmpty()) {
                text.append('\n').append(getTranslation("design.import.runs", String.join(", ", in.runs())));
            }
            in.notes().forEach(n -> text.append('\n').append(n));
            report.setText(text.toString());
            report.getStyle().remove("color");
            report.setVisible(true);
            refresh();
        } catch (PackageException e) {
            report.setText(getTranslation("design.import.refused", fileName, e.getMessage()));
            report.getStyle().set("color", "var(--lumo-error-text-color)");
            report.setVisible(true);
        } catch (IOException e) {
            Uploads.error(getTranslation("design.error.io", e.getMessage()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("design.title") + " · Drillgrid";
    }
}
