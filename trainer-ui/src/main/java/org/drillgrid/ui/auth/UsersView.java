package org.drillgrid.ui.auth;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.drillgrid.model.drill.Positions;
import org.drillgrid.ui.AppServices;
import org.drillgrid.ui.MainLayout;

/** The admin's user management: create accounts, set a new password, disable or enable an account. */
@Allowed(Role.ADMIN)
@Route(value = "users", layout = MainLayout.class)
public final class UsersView extends VerticalLayout implements HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    final Grid<User> grid = new Grid<>();
    final TextField username = new TextField();
    final PasswordField password = new PasswordField();
    final Select<Role> role = new Select<>();
    final ComboBox<String> position = new ComboBox<>();
    final Button create = new Button();
    final Span message = new Span();

    public UsersView() {
        setId("users-view");
        username.setId("new-username");
        username.setLabel(getTranslation("users.username"));
        password.setId("new-password");
        password.setLabel(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.password.help", Accounts.MIN_PASSWORD));
        role.setId("new-role");
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.json()));
        role.setValue(Role.TRAINEE);
        position.setId("new-position");
        position.setLabel(getTranslation("users.position"));
        position.setItems(Positions.TASK_GROUPS);
        position.setItemLabelGenerator(p -> getTranslation("position." + p));
        role.addValueChangeListener(e -> position.setEnabled(e.getValue() == Role.TRAINEE));
        create.setId("create-user");
        create.setText(getTranslation("users.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> create());
        message.setId("users-message");
        HorizontalLayout form = new HorizontalLayout(username, password, role, position, create);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.getStyle().set("flex-wrap", "wrap");

        grid.setId("users");
        grid.addColumn(User::username).setHeader(getTranslation("users.username")).setAutoWidth(true);
        grid.addColumn(u -> getTranslation("role." + u.role().json())).setHeader(getTranslation("users.role"));
        grid.addColumn(u -> u.position() == null ? "" : getTranslation("position." + u.position()))
                .setHeader(getTranslation("users.position"));
        grid.addColumn(u -> getTranslation(u.disabled() ? "users.disabled" : "users.active"))
                .setHeader(getTranslation("users.state"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("users.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H2(getTranslation("users.title")), form, message, grid);
        refresh();
    }

    private HorizontalLayout actions(User u) {
        Button toggle = new Button(getTranslation(u.disabled() ? "users.enable" : "users.disable"), e -> {
            CurrentUser.require(Role.ADMIN);
            if (u.username().equals(CurrentUser.require().username())) {
                show(false, getTranslation("users.notSelf"));
                return;
            }
            AppServices.current().accounts().setDisabled(u.username(), !u.disabled());
            refresh();
        });
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        PasswordField pw = new PasswordField();
        pw.setPlaceholder(getTranslation("users.newPassword"));
        pw.addThemeVariants(com.vaadin.flow.component.textfield.TextFieldVariant.LUMO_SMALL);
        Button set = new Button(getTranslation("users.setPassword"), e -> {
            CurrentUser.require(Role.ADMIN);
            try {
                AppServices.current().accounts().setPassword(u.username(), pw.getValue());
                pw.clear();
                show(true, getTranslation("users.passwordSet", u.username()));
            } catch (IllegalArgumentException ex) {
                show(false, fieldMessage(ex.getMessage()));
            }
        });
        set.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(toggle, pw, set);
    }

    /** Creates the account of the form; a refusal names the field. Package-private for tests. */
    void create() {
        CurrentUser.require(Role.ADMIN);
        try {
            User u = AppServices.current().accounts().create(username.getValue().strip(), password.getValue(),
                    role.getValue(), role.getValue() == Role.TRAINEE ? position.getValue() : null);
            show(true, getTranslation("users.created", u.username()));
            username.clear();
            password.clear();
            refresh();
        } catch (IllegalArgumentException e) {
            show(false, fieldMessage(e.getMessage()));
        }
    }

    /** The refusals {@link Accounts} gives, by the start of their message, and their translation keys. */
    private static final java.util.Map<String, String> REFUSALS = java.util.Map.of(
            "username: 2-64", "users.error.username", "password: at least", "users.error.password",
            "position: a trainee needs", "users.error.positionMissing", "role: required", "users.error.role");

    /** A refusal in the page's language, naming the field. */
    private String fieldMessage(String m) {
        for (var e : REFUSALS.entrySet()) {
            if (m.startsWith(e.getKey())) {
                return getTranslation(e.getValue(), Accounts.MIN_PASSWORD);
            }
        }
        if (m.startsWith("username: '") && m.endsWith("' is taken")) {
            return getTranslation("users.error.taken", m.substring(11, m.length() - 10));
        }
        int colon = m.indexOf(':');
        if (colon > 0) {
            String key = "users." + m.substring(0, colon);
            String label = getTranslation(key);
            if (!label.startsWith("!")) {
                return label + getTranslation("users.colon") + m.substring(colon + 1).strip();
            }
        }
        return m;
    }

    private void show(boolean ok, String text) {
        message.setText(text);
        message.getStyle().set("color", ok ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
    }

    private void refresh() {
        grid.setItems(AppServices.current().accounts().list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · Drillgrid";
    }
}
