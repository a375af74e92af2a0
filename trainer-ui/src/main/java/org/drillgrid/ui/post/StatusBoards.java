package org.drillgrid.ui.post;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.drillgrid.model.event.MaterialsMoved;
import org.drillgrid.engine.text.Describer;

/**
 * Teams, shelters and depots as the command post knows them: as the scenario lists them until they
 * report, then as they last reported (teams and shelters report on themselves; a depot's stock is the
 * start stock less what it sent plus what it received).
 */
final class StatusBoards extends VerticalLayout {

    private static final long serialVersionUID = 1L;

    final Grid<KnownPicture.TeamView> teams = new Grid<>();
    final Grid<KnownPicture.ShelterView> shelters = new Grid<>();
    final Grid<KnownPicture.DepotView> depots = new Grid<>();
    private final transient Describer names;
    private final transient Translate tr;

    StatusBoards(Describer names, Translate tr) {
        this.names = names;
        this.tr = tr;
        setPadding(false);
        teams.setId("board-teams");
        teams.addColumn(t -> names.name(t.team().id())).setHeader(tr.text("post.board.name")).setAutoWidth(true);
        teams.addColumn(t -> t.status() == null ? tr.text("post.unknown") : tr.or("post.teamStatus." + t.status(), t.status()))
                .setHeader(tr.text("post.board.status")).setAutoWidth(true);
        teams.addColumn(t -> names.teamTask(t.task())).setHeader(tr.text("post.field.task")).setAutoWidth(true);
        teams.addColumn(t -> t.cell() == null ? "" : names.cell(List.of(t.cell().col(), t.cell().row()))).setHeader(tr.text("post.board.cell"));
        teams.addColumn(t -> asOf(t.asOf())).setHeader(tr.text("post.board.asOf"));
        shelters.setId("board-shelters");
        shelters.addColumn(s -> names.name(s.shelter().id())).setHeader(tr.text("post.board.name")).setAutoWidth(true);
        shelters.addColumn(s -> tr.text(s.open() ? "post.shelter.open" : "post.shelter.closed")
                + (s.reason() == null ? "" : " (" + tr.or("post.shelterReason." + s.reason(), s.reason()) + ")"))
                .setHeader(tr.text("post.board.status")).setAutoWidth(true);
        shelters.addColumn(s -> (s.occupants() == null ? tr.text("post.unknown") : String.valueOf(s.occupants())) + " / "
                + (s.shelter().capacity() == null ? "?" : s.shelter().capacity()))
                .setHeader(tr.text("post.board.occupants")).setAutoWidth(true);
        shelters.addColumn(s -> asOf(s.asOf())).setHeader(tr.text("post.board.asOf"));
        depots.setId("board-depots");
        depots.addColumn(d -> names.name(d.depot().id())).setHeader(tr.text("post.board.name")).setAutoWidth(true);
        depots.addColumn(d -> stock(d.books())).setHeader(tr.text("post.board.stock")).setFlexGrow(1);
        depots.addColumn(d -> movement(d.last())).setHeader(tr.text("post.board.last")).setAutoWidth(true);
        for (Grid<?> g : List.of(teams, shelters, depots)) {
            g.setAllRowsVisible(true);
            g.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        }
        add(new H4(tr.text("post.board.teams")), teams, new H4(tr.text("post.board.shelters")), shelters,
                new H4(tr.text("post.board.depots")), depots);
    }

    void show(KnownPicture picture) {
        teams.setItems(List.copyOf(picture.teams()));
        shelters.setItems(List.copyOf(picture.shelters()));
        depots.setItems(List.copyOf(picture.depots()));
    }

    private String asOf(Long t) {
        return t == null ? tr.text("post.board.notReported") : names.when(t);
    }

    private String stock(Map<String, Long> books) {
        return books.entrySet().stream().map(e -> tr.or("post.item." + e.getKey(), e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private String movement(MaterialsMoved m) {
        if (m == null) {
            return "";
        }
        String moved = tr.text("post.materials." + m.status(), names.name(m.shelter()), names.when(m.t()));
        // a dispatch that found less in stock than asked says what did not go
        return m.shortfall() == null || m.shortfall().isEmpty() ? moved
                : moved + " " + tr.text("post.materials.shortfall", stock(m.shortfall()));
    }
}
