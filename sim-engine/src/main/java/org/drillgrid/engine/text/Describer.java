package org.drillgrid.engine.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.drillgrid.model.drill.AreaRef;
import org.drillgrid.model.drill.Place;
import org.drillgrid.model.drill.Positions;
import org.drillgrid.model.event.BuildingsDamaged;
import org.drillgrid.model.event.Casualties;
import org.drillgrid.model.event.CommandGiven;
import org.drillgrid.model.event.Earthquake;
import org.drillgrid.model.event.FireIgnited;
import org.drillgrid.model.event.FireStatus;
import org.drillgrid.model.event.FloodStatus;
import org.drillgrid.model.event.InjectFired;
import org.drillgrid.model.event.LeveeBreached;
import org.drillgrid.model.event.MaterialsMoved;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.event.OutageChanged;
import org.drillgrid.model.event.PeopleStatus;
import org.drillgrid.model.event.ReportReceived;
import org.drillgrid.model.event.RunEnded;
import org.drillgrid.model.event.ShelterFlooded;
import org.drillgrid.model.event.ShelterStatus;
import org.drillgrid.model.event.SimEvent;
import org.drillgrid.model.event.TeamStatus;
import org.drillgrid.model.event.UnderpassFlooded;
import org.drillgrid.model.event.WarningIssued;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.order.Refusal;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.model.scenario.LocalizedText;
import org.drillgrid.model.scenario.Scenario;

/**
 * How Drillgrid says what happened in an exercise, in one language, for every reader: the controller's
 * console, the command post, the review and the after-action report all write events, orders and
 * refusals through this one class, so that they agree.
 * <ul>
 * <li>Things are named by their scenario names (places, shelters, depots, teams, sensors, levees, task
 * groups), never by their ids; injects by the first clause of their message.</li>
 * <li>No JSON and no engine English: refusals are said from their code ({@link Refusal}), engine keywords
 * (statuses, reasons, kinds) through the vocabulary ({@link Words}).</li>
 * <li>Numbers carry their units; times are the scenario's local clock with the sim time beside it,
 * {@code 12:30（T+6:30）}, or the sim time alone when the scenario has no start.</li>
 * <li>An order is numbered as the engine numbered it ({@code 指令 #7}) wherever it is shown.</li>
 * </ul>
 * A describer is cheap to share between the views of one session and language. It only ever learns the
 * titles of injects it sees fired that the script does not have (ad-hoc injects), from their messages.
 */
public final class Describer {

    /** What a line is about, for filters. */
    public enum Kind {
        ORDERS, INJECTS, REPORTS, HAZARD, STATUS
    }

    /**
     * One event said in words. {@code who} is the position (task group) that acted, or empty;
     * {@code notable} marks what a timeline of the exercise keeps (the hourly counts and routine reports
     * are not); {@code bad} what a view may colour as a failure or a loss.
     */
    public record Line(long t, Kind kind, String text, String who, boolean notable, boolean bad) {
    }

    /** A task as {@code Task.describe} writes it: kind, levee, area or cell, shelter. */
    private static final Pattern TASK = Pattern.compile(
            "([a-z-]+)(?: (?!area |to |\\[)([^\\s\\[]+))?(?: (?:area )?(\\[[-0-9, ]+\\]))?(?: to (\\S+))?");
    private static final Pattern LEADING_CLOCK = Pattern.compile("^\\s*\\d{1,2}[:：]\\d{2}\\s*");
    private static final int TITLE_CHARS_ZH = 24;
    private static final int TITLE_CHARS_EN = 64;
    private static final int SENDER_CHARS = 16;
    private static final int SENDER_WORDS = 4;
    /** How a Chinese sender's name ends: a report, an office, a station, a group, an officer. */
    private static final Pattern SENDER_ZH = Pattern.compile(".*(报告|台|局|专班|站|中心|员|组|部|室)");

    /** A named rectangle of cells. */
    private record Area(String name, int col0, int row0, int col1, int row1) {

        boolean contains(int col, int row) {
            return col >= col0 && col <= col1 && row >= row0 && row <= row1;
        }

        long size() {
            return (long) (col1 - col0 + 1) * (row1 - row0 + 1);
        }
    }

    private final Words w;
    private final Map<String, String> names = new HashMap<>();
    /** Inject titles: the script's, and those of injects seen fired that the script lacks (ad-hoc ones). */
    private final Map<String, String> injects = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<Area> places = new ArrayList<>();
    private final OffsetDateTime start;
    /** Metres a cell is wide, for distances; 0 when unknown. */
    private final double cellSize;
    private final NumberFormat whole;

    private Describer(Scenario scenario, Words words) {
        this.w = words;
        Locale locale = words.locale();
        this.whole = NumberFormat.getIntegerInstance(locale);
        this.start = scenario == null ? null : scenario.startTime().orElse(null);
        this.cellSize = scenario == null || scenario.grid() == null || scenario.grid().cellSize() == null ? 0
                : scenario.grid().cellSize();
        if (scenario == null) {
            return;
        }
        var drill = scenario.drillOrEmpty();
        for (Place p : drill.placesOrEmpty()) {
            String name = text(p.name(), locale, w.get("place"));
            names.put(p.id(), name);
            List<Integer> c = p.cells();
            if (c != null && c.size() == 4) {
                places.add(new Area(name, Math.min(c.get(0), c.get(2)), Math.min(c.get(1), c.get(3)),
                        Math.max(c.get(0), c.get(2)), Math.max(c.get(1), c.get(3))));
            }
        }
        drill.sensorsOrEmpty().forEach(s -> names.put(s.id(), text(s.name(), locale, w.get("sensor"))));
        var forces = scenario.forcesOrNone();
        forces.sheltersOrEmpty().forEach(s -> names.put(s.id(), text(s.name(), locale, s.id())));
        forces.depotsOrEmpty().forEach(d -> names.put(d.id(), text(d.name(), locale, d.id())));
        forces.teamsOrEmpty().forEach(t -> names.put(t.id(), text(t.name(), locale, w.get("team"))));
        if (scenario.hazards() != null) {
            for (var h : scenario.hazards()) {
                if (h instanceof FloodSpec f) {
                    if (f.levees() != null) {
                        f.levees().forEach(l -> names.put(l.id(), text(l.name(), locale, w.get("levee"))));
                    }
                    if (f.reservoirs() != null) {
                        f.reservoirs().forEach(r -> names.put(r.id(), text(r.name(), locale, w.get("reservoir"))));
                    }
                }
            }
        }
        for (Inject inj : drill.injectsOrEmpty()) {
            injects.put(inj.id(), title(inj.message(), locale));
        }
    }

    /** The describer of a scenario in a locale's language (English for English, Chinese otherwise). */
    public static Describer of(Scenario scenario, Locale locale) {
        return new Describer(scenario, Words.of(locale));
    }

    /** The describer of a scenario in {@code zh} or {@code en}. */
    public static Describer of(Scenario scenario, String lang) {
        return new Describer(scenario, Words.of(lang));
    }

    public Words words() {
        return w;
    }

    private static String text(LocalizedText t, Locale locale, String fallback) {
        String s = t == null ? null : t.in(locale);
        return s == null || s.isBlank() ? fallback : s;
    }

    /** An inject's title: its message's first clause, without a leading clock time, shortened. */
    private String title(LocalizedText message, Locale locale) {
        String m = text(message, locale, "");
        m = LEADING_CLOCK.matcher(m).replaceFirst("");
        int cut = m.length();
        for (char c : new char[] {'：', ':', '。', '；', ';', '，', '\n'}) {
            int i = m.indexOf(c);
            if (i > 0 && i < cut) {
                cut = i;
            }
        }
        int enStop = m.indexOf(". ");
        if (enStop > 0 && enStop < cut) {
            cut = enStop;
        }
        String t = m.substring(0, cut).strip();
        if (cut < m.length() && (m.charAt(cut) == '：' || m.charAt(cut) == ':') && sender(t)) {
            // a short first clause is the sender ("市气象台："): the title goes on to what it says
            String rest = title(new LocalizedText(m.substring(cut + 1), m.substring(cut + 1)), locale);
            t = t + m.charAt(cut) + (m.charAt(cut) == ':' ? " " : "") + rest;
        }
        int max = "en".equals(w.lang()) ? TITLE_CHARS_EN : TITLE_CHARS_ZH;
        return t.codePointCount(0, t.length()) > max ? t.substring(0, t.offsetByCodePoints(0, max - 1)) + "…" : t;
    }

    /** Whether a message's first clause names who sends it ("市气象台", "A grid worker reports") rather than the news. */
    private static boolean sender(String clause) {
        boolean latin = clause.chars().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return latin ? clause.split("\\s+").length <= SENDER_WORDS
                : clause.codePointCount(0, clause.length()) <= SENDER_CHARS && SENDER_ZH.matcher(clause).matches();
    }

    // ---- names

    /** The name of a place, shelter, depot, team, sensor, levee or reservoir; an id it does not know as given. */
    public String name(String id) {
        if (id == null || id.isBlank()) {
            return w.get("unknown");
        }
        return names.getOrDefault(id, id);
    }

    /** Remembers the title of an inject the script does not have (an ad-hoc one) from its message. */
    public void learn(InjectFired f) {
        if (f.inject() != null && f.message() != null) {
            injects.computeIfAbsent(f.inject(), id -> title(f.message(), w.locale()));
        }
    }

    /** An inject's title (the first clause of its message). */
    public String inject(String id) {
        return id == null ? w.get("unknown") : injects.getOrDefault(id, id);
    }

    /** A position by its task-group name. */
    public String position(String role) {
        if (role == null || role.isBlank()) {
            return w.get("unknown");
        }
        return Positions.known(role) ? w.get("position." + role) : w.get("position.other");
    }

    /** Positions by their names, or "all" for none. */
    public String positions(List<String> roles) {
        if (roles == null || roles.isEmpty()) {
            return w.get("all");
        }
        return String.join(w.get("sep"), roles.stream().map(this::position).toList());
    }

    /** Who pulled a lever: a position, exercise control, an inject or the automatic response. */
    public String by(String by) {
        if (by == null || by.isBlank() || by.equals("controller")) {
            return w.get("by.controller");
        }
        if (by.startsWith("inject:")) {
            return w.get("by.inject", inject(by.substring("inject:".length())));
        }
        if (Positions.known(by)) {
            return position(by);
        }
        return w.get("by.policy");
    }

    // ---- time and numbers

    /** Sim time since the start as {@code T+h:mm} (hours run past 24). */
    public String simTime(long t) {
        long s = Math.max(0, t);
        return w.get("sim", String.format(Locale.ROOT, "%d:%02d", s / 3600, s % 3600 / 60));
    }

    /** The scenario's local clock at sim time {@code t} ({@code HH:mm}, with the date once past the first day). */
    public String clock(long t) {
        if (start == null) {
            return simTime(t);
        }
        OffsetDateTime at = start.plusSeconds(t);
        String hm = at.format(DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT));
        if (at.toLocalDate().equals(start.toLocalDate())) {
            return hm;
        }
        String day = "en".equals(w.lang()) ? at.format(DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH))
                : at.getMonthValue() + "月" + at.getDayOfMonth() + "日";
        return day + " " + hm;
    }

    /** Local clock time with the sim time beside it: {@code 12:30（T+6:30）}; the sim time alone without a start. */
    public String when(long t) {
        return start == null ? simTime(t) : w.get("when", clock(t), simTime(t));
    }

    /** A length of sim time in hours and minutes: {@code 11 小时 24 分}, {@code 24 小时}. */
    public String duration(long seconds) {
        long h = Math.max(0, seconds) / 3600;
        long m = Math.max(0, seconds) % 3600 / 60;
        return m == 0 ? w.get("dur.h", count(h)) : w.get("dur.hm", count(h), m);
    }

    public String persons(long n) {
        return w.get("persons", whole.format(n));
    }

    public String households(long n) {
        return w.get("households", whole.format(n));
    }

    public String metres(double m) {
        return w.get("metres", num(m, 2));
    }

    public String count(long n) {
        return whole.format(n);
    }

    /** A number rounded to {@code decimals}, without trailing zeros or an exponent. */
    public static String num(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "—";
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    // ---- places

    /** A rectangle {@code [col0, row0, col1, row1]}: a place's name when it is that place, else where it lies. */
    public String area(List<Integer> cells) {
        if (cells == null || cells.size() != 4) {
            return w.get("unknown");
        }
        int c0 = Math.min(cells.get(0), cells.get(2));
        int r0 = Math.min(cells.get(1), cells.get(3));
        int c1 = Math.max(cells.get(0), cells.get(2));
        int r1 = Math.max(cells.get(1), cells.get(3));
        for (Area a : places) {
            if (a.col0 == c0 && a.row0 == r0 && a.col1 == c1 && a.row1 == r1) {
                return a.name;
            }
        }
        Area around = smallestHolding((c0 + c1) / 2, (r0 + r1) / 2);
        String size = w.get("cells", c1 - c0 + 1, r1 - r0 + 1, c0, c1, r0, r1);
        return around == null ? size : w.get("around", around.name) + " " + size;
    }

    /** Where an order applies: a place's (or shelter's, depot's) name, or the rectangle in words. */
    public String area(AreaRef a) {
        if (a == null) {
            return w.get("unknown");
        }
        return a.place() != null ? name(a.place()) : area(a.cells());
    }

    /**
     * A cell {@code [col, row]}: the smallest place that holds it, else how far and which way it lies from
     * the nearest place ("市中心以北约 1.5 公里"), else its column and row.
     */
    public String cell(List<Integer> cell) {
        if (cell == null || cell.size() < 2) {
            return w.get("unknown");
        }
        int col = cell.get(0);
        int row = cell.get(1);
        Area a = smallestHolding(col, row);
        if (a != null) {
            return a.name;
        }
        Area nearest = null;
        double best = Double.MAX_VALUE;
        for (Area p : places) {
            double dc = col - (p.col0 + p.col1) / 2.0;
            double dr = row - (p.row0 + p.row1) / 2.0;
            double d2 = dc * dc + dr * dr;
            if (d2 < best) {
                best = d2;
                nearest = p;
            }
        }
        if (nearest == null || cellSize <= 0) {
            return w.get("cell", col, row);
        }
        double east = col - (nearest.col0 + nearest.col1) / 2.0;
        double north = (nearest.row0 + nearest.row1) / 2.0 - row; // rows count southwards
        String[] dirs = {"e", "ne", "n", "nw", "w", "sw", "s", "se"};
        int octant = (int) Math.floorMod(Math.round(Math.atan2(north, east) / (Math.PI / 4)), 8);
        double km = Math.sqrt(best) * cellSize / 1000;
        return w.get("near", nearest.name, w.get("dir." + dirs[octant]), num(km, 1));
    }

    private String cell(double col, double row) {
        return cell(List.of((int) Math.round(col), (int) Math.round(row)));
    }

    private Area smallestHolding(int col, int row) {
        Area best = null;
        for (Area a : places) {
            if (a.contains(col, row) && (best == null || a.size() < best.size())) {
                best = a;
            }
        }
        return best;
    }

    // ---- orders and refusals

    /** How an order is numbered everywhere: the engine's number. */
    public String orderNumber(int seq) {
        return w.get("order.no", seq);
    }

    public String item(String id) {
        return w.getOr("item." + id, "item.other");
    }

    /** Items and counts: {@code 饮用水（人·天） 1,500、帐篷 200}. */
    public String items(Map<String, Long> items) {
        if (items == null || items.isEmpty()) {
            return w.get("unknown");
        }
        List<String> parts = new ArrayList<>();
        items.forEach((k, v) -> parts.add(w.get("item.count", item(k), v == null ? "?" : whole.format(v))));
        return String.join(w.get("sep"), parts);
    }

    public String orderType(String type) {
        return w.getOr("type." + type, "type.other");
    }

    public String task(String task) {
        return task == null ? w.get("unknown") : w.getOr("task." + task, "type.other");
    }

    /**
     * A team's task as the engine logs it ({@code rescue area [c0, r0, c1, r1]}, {@code pump [c, r]},
     * {@code reinforce-levee dam-1}, {@code evacuate area [..] to shelter-1}) in words with names.
     */
    public String teamTask(String logged) {
        if (logged == null || logged.isBlank()) {
            return "";
        }
        java.util.regex.Matcher m = TASK.matcher(logged.strip());
        if (!m.matches()) {
            return task(logged.split(" ")[0]);
        }
        List<String> parts = new ArrayList<>();
        parts.add(task(m.group(1)));
        if (m.group(2) != null) {
            parts.add(name(m.group(2)));
        }
        if (m.group(3) != null) {
            List<Integer> n = numbers(m.group(3));
            parts.add(n.size() == 4 ? area(n) : cell(n));
        }
        if (m.group(4) != null) {
            parts.add("→ " + name(m.group(4)));
        }
        return String.join(" · ", parts);
    }

    public String warnLevel(Object level) {
        return w.getOr("warnLevel." + level, "type.other");
    }

    public String responseLevel(String level) {
        return w.getOr("level." + level, "type.other");
    }

    public String channels(List<String> channels) {
        if (channels == null || channels.isEmpty()) {
            return w.get("unknown");
        }
        return String.join(w.get("sep"), channels.stream().map(c -> w.getOr("channel." + c, "channel.other")).toList());
    }

    /** An order as its type and what it names: {@code 组织转移：马庄村 → 新郑市第一中学}. */
    public String order(Order o) {
        if (o == null) {
            return w.get("unknown");
        }
        List<String> parts = new ArrayList<>();
        if (o instanceof Order.Warn x) {
            parts.add(area(x.area()));
            parts.add(x.level() == null ? "" : warnLevel(x.level()));
            parts.add(x.channels() == null || x.channels().isEmpty() ? "" : channels(x.channels()));
        } else if (o instanceof Order.Evacuate x) {
            parts.add(area(x.area()) + " → " + name(x.shelter()));
        } else if (o instanceof Order.OpenShelter x) {
            parts.add(name(x.shelter()));
        } else if (o instanceof Order.CloseShelter x) {
            parts.add(name(x.shelter()));
        } else if (o instanceof Order.CloseRoad x) {
            parts.add(area(x.area()));
            parts.add(Boolean.TRUE.equals(x.reopen()) ? w.get("road.reopen") : "");
        } else if (o instanceof Order.DispatchTeam x) {
            parts.add(name(x.team()));
            parts.add(x.task() == null ? "" : task(x.task()));
            parts.add(x.levee() != null ? name(x.levee()) : x.area() != null ? area(x.area()) : "");
            parts.add(x.shelter() == null ? "" : "→ " + name(x.shelter()));
        } else if (o instanceof Order.RequestReinforcement x) {
            parts.add(name(x.team()));
        } else if (o instanceof Order.DispatchMaterials x) {
            parts.add(name(x.depot()) + " → " + name(x.shelter()));
            parts.add(x.items() == null ? "" : items(x.items()));
        } else if (o instanceof Order.CallReserve x) {
            parts.add(name(x.depot()));
            parts.add(x.item() == null ? "" : item(x.item()));
        } else if (o instanceof Order.SetResponseLevel x) {
            parts.add(responseLevel(x.level()));
        } else if (o instanceof Order.FiveStops x) {
            parts.add(area(x.area()));
            parts.add(x.stops() == null || x.stops().isEmpty() ? "" : String.join(w.get("sep"),
                    x.stops().stream().map(s -> w.getOr("stop." + s, "type.other")).toList()));
            parts.add(Boolean.TRUE.equals(x.lift()) ? w.get("stops.lift") : "");
        } else if (o instanceof Order.RestoreComms x) {
            parts.add(name(x.team()));
            parts.add(area(x.area()));
        }
        parts.removeIf(String::isBlank);
        String head = orderType(o.typeName());
        return parts.isEmpty() ? head : head + w.get("colon") + String.join(" · ", parts);
    }

    /**
     * Why an order was refused, from its code. A log written before codes has only the engine's English
     * reason: the English describer gives it as it is, the Chinese one says that the reason is in the log.
     */
    public String refusal(OrderRejected r) {
        if (r.refusal() == null) {
            return "en".equals(w.lang()) && r.reason() != null ? r.reason() : w.get("refused.uncoded");
        }
        return refusal(r.refusal());
    }

    /** A coded refusal in words, with names for the ids it carries. */
    public String refusal(Refusal f) {
        if (f == null) {
            return w.get("refused");
        }
        List<String> a = f.args();
        String code = f.code();
        String key = "x." + code;
        Object[] args = switch (code) {
            case Refusal.OUT_OF_STOCK -> new Object[] {arg(a, 0, this::name), a.size() < 2 ? "" : String.join(w.get("sep"),
                    a.subList(1, a.size()).stream().map(this::item).toList())};
            case Refusal.UNKNOWN_ITEM, Refusal.QUANTITY_NOT_POSITIVE -> new Object[] {arg(a, 0, this::item)};
            case Refusal.SHELTER_FULL -> new Object[] {arg(a, 0, this::name), arg(a, 1, this::number),
                arg(a, 2, this::number)};
            case Refusal.SHELTER_ALREADY, Refusal.TEAM_NOT_ARRIVED -> {
                key = key + "." + (a.size() > 1 ? a.get(1) : "");
                yield new Object[] {arg(a, 0, this::name)};
            }
            case Refusal.ROAD_ALREADY -> {
                key = key + "." + (a.size() > 1 ? a.get(1) : "");
                yield new Object[] {arg(a, 0, this::cellText)};
            }
            case Refusal.ROADS_ALREADY -> {
                key = key + "." + (a.size() > 1 ? a.get(1) : "");
                yield new Object[] {arg(a, 0, this::cellText)};
            }
            case Refusal.STOPS_ALREADY -> {
                key = key + "." + (a.isEmpty() ? "" : a.get(0));
                yield new Object[] {arg(a, 1, this::cellText)};
            }
            case Refusal.NO_ROAD -> new Object[] {arg(a, 0, this::cellText)};
            case Refusal.NOTHING_BURNS -> new Object[] {arg(a, 0, this::cellText)};
            case Refusal.TEAM_NOT_IN_RESERVE -> new Object[] {arg(a, 0, this::name),
                arg(a, 1, s -> w.getOr("teamStatus." + s, "teamStatus.other"))};
            case Refusal.TEAM_CANNOT -> new Object[] {arg(a, 0, this::name), arg(a, 1, this::task)};
            case Refusal.TEAM_BUSY -> new Object[] {arg(a, 0, this::name), arg(a, 1, this::teamTask)};
            case Refusal.RESERVE_NEEDS_LEVEL, Refusal.RESPONSE_ALREADY -> new Object[] {arg(a, 0, this::responseLevel)};
            case Refusal.INJECT_FIRED -> new Object[] {arg(a, 0, this::inject), arg(a, 1, s -> when(parseLong(s)))};
            case Refusal.BAD_FIELD -> new Object[] {arg(a, 0, s -> s)};
            default -> a.stream().map(this::name).toArray();
        };
        // a variant the log does not name (a keyword from a hand-written log): the code's general text
        String general = "x." + code;
        return w.has(key) ? w.get(key, args) : w.has(general) ? w.get(general, args) : w.get("refused");
    }

    private static String arg(List<String> args, int i, java.util.function.Function<String, String> say) {
        return i < args.size() ? say.apply(args.get(i)) : "";
    }

    private String number(String s) {
        try {
            return whole.format(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return s;
        }
    }

    private static long parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A cell or rectangle as the engine writes it in a refusal ({@code [c, r]} or {@code [c0, r0, c1, r1]}). */
    private String cellText(String s) {
        List<Integer> n = numbers(s);
        return n.size() == 2 ? cell(n) : n.size() == 4 ? area(n) : s;
    }

    private static List<Integer> numbers(String s) {
        List<Integer> out = new ArrayList<>();
        for (String p : s.replaceAll("[^0-9,\\-]", " ").split("[ ,]+")) {
            if (!p.isBlank()) {
                try {
                    out.add(Integer.parseInt(p.strip()));
                } catch (NumberFormatException e) {
                    return List.of();
                }
            }
        }
        return out;
    }

    // ---- reports

    /** Who sent a report: a sensor, an officer of a place, a team, the earthquake centre. */
    public String source(String source) {
        if (source == null) {
            return w.get("unknown");
        }
        if (source.startsWith("officer:")) {
            return w.get("source.officer", name(source.substring("officer:".length())));
        }
        if (source.startsWith("team:")) {
            return name(source.substring("team:".length()));
        }
        if (source.equals("cenc")) {
            return w.get("source.cenc");
        }
        return name(source);
    }

    /** What a report says: its kind and value with the unit, and when it was observed. */
    public String report(ReportReceived r) {
        String what = w.getOr("report." + r.kind(), "report.other");
        if (r.value() != null) {
            what = what + " " + value(r.value(), r.unit());
        }
        if (r.text() != null && !r.text().isBlank()) {
            what = what + w.get("colon") + r.text();
        }
        return what;
    }

    /** A value with its unit in words. */
    public String value(double v, String unit) {
        if (unit == null) {
            return num(v, 2);
        }
        return switch (unit) {
            case "m" -> metres(v);
            case "mm/h" -> w.get("mm.h", num(v, 1));
            case "persons" -> persons(Math.round(v));
            case "ha" -> w.get("hectares", num(v, 1));
            default -> num(v, 2) + " " + unit;
        };
    }

    // ---- events

    /** The filter kind of an event, or null for the per-tick batches no timeline shows. */
    public Kind kind(SimEvent e) {
        if (e instanceof OrderIssued || e instanceof OrderRejected || e instanceof WarningIssued
                || e instanceof MaterialsMoved) {
            return Kind.ORDERS;
        } else if (e instanceof InjectFired || e instanceof CommandGiven) {
            return Kind.INJECTS;
        } else if (e instanceof ReportReceived) {
            return Kind.REPORTS;
        } else if (e instanceof PeopleStatus || e instanceof ShelterStatus || e instanceof RunEnded
                || e instanceof TeamStatus) {
            return Kind.STATUS;
        } else if (e instanceof FloodStatus || e instanceof LeveeBreached || e instanceof Earthquake
                || e instanceof BuildingsDamaged || e instanceof FireIgnited || e instanceof FireStatus
                || e instanceof ShelterFlooded || e instanceof UnderpassFlooded || e instanceof OutageChanged
                || e instanceof Casualties) {
            return Kind.HAZARD;
        }
        return null;
    }

    public String kindName(Kind k) {
        return w.get("kind." + k.name().toLowerCase(Locale.ROOT));
    }

    /**
     * An event in words, or null for what no timeline shows: the per-tick batches of households, the run's
     * start, and levers a position pulled by its own orders (the order's line says it).
     */
    public Line line(SimEvent e) {
        Kind kind = kind(e);
        if (kind == null) {
            return null;
        }
        if (e instanceof OrderIssued o) {
            return new Line(o.t(), kind, w.get("ev.order.issued", orderNumber(o.seq()), position(o.role()),
                    order(o.order())), position(o.role()), true, false);
        } else if (e instanceof OrderRejected o) {
            return new Line(o.t(), kind, w.get("ev.order.rejected", orderNumber(o.seq()), position(o.role()),
                    order(o.order()), refusal(o)), position(o.role()), true, true);
        } else if (e instanceof InjectFired f) {
            learn(f);
            return new Line(f.t(), kind, w.get("ev.inject", inject(f.inject()), trigger(f.trigger()),
                    w.getOr("channel." + f.channel(), "channel.other"), positions(f.audience()),
                    text(f.message(), w.locale(), "")), "", true, false);
        } else if (e instanceof CommandGiven c) {
            return command(c);
        }
        return new Line(e.t(), kind, say(e), "", notable(e), bad(e));
    }

    private Line command(CommandGiven c) {
        boolean staged = c.by() == null || c.by().equals("controller") || c.by().startsWith("inject:");
        if (!staged) {
            return null; // a position's or the automatic response's lever: its order's line says it
        }
        String lever = w.getOr("lever." + c.lever(), "lever.other");
        if (c.lever() != null && (c.lever().equals("fire-inject") || c.lever().equals("ad-hoc-inject"))
                && c.target() != null) {
            lever = lever + " 「" + inject(c.target()) + "」";
        }
        String text = c.accepted() ? w.get("ev.command", lever, by(c.by()))
                : w.get("ev.command.refused", lever, by(c.by()), refusal(c.refusal()));
        return new Line(c.t(), Kind.INJECTS, text, "", true, !c.accepted());
    }

    /** How an inject was triggered. */
    public String trigger(String trigger) {
        if (trigger == null || trigger.equals("at")) {
            return w.get("trigger.at");
        }
        if (trigger.equals("controller")) {
            return w.get("trigger.controller");
        }
        if (trigger.startsWith("after ")) {
            String rest = trigger.substring("after ".length());
            int sp = rest.indexOf(' ');
            return w.get("trigger.after", inject(sp < 0 ? rest : rest.substring(0, sp)));
        }
        if (trigger.startsWith("when ")) {
            return w.get("trigger.when", w.getOr("cond." + trigger.substring("when ".length()), "cond.other"));
        }
        return w.get("cond.other");
    }

    private static boolean notable(SimEvent e) {
        return !(e instanceof FloodStatus || e instanceof FireStatus || e instanceof PeopleStatus
                || e instanceof ReportReceived || e instanceof TeamStatus || e instanceof Casualties);
    }

    private static boolean bad(SimEvent e) {
        return e instanceof LeveeBreached || e instanceof Earthquake || e instanceof BuildingsDamaged
                || e instanceof FireIgnited || e instanceof ShelterFlooded || e instanceof Casualties
                || e instanceof UnderpassFlooded u && u.closed() || e instanceof OutageChanged o && o.active()
                || e instanceof ShelterStatus s && !s.open()
                || e instanceof MaterialsMoved m && m.shortfall() != null && !m.shortfall().isEmpty();
    }

    private String say(SimEvent e) {
        if (e instanceof WarningIssued x) {
            return "evacuate".equals(x.level())
                    ? w.get("ev.evacuation", persons(x.persons()), name(x.evacuateTo()), channels(x.channels()))
                    : w.get("ev.warning", warnLevel(x.level()), persons(x.persons()), households(x.households()),
                            channels(x.channels()));
        } else if (e instanceof MaterialsMoved x) {
            return x.shortfall() == null || x.shortfall().isEmpty()
                    ? w.get("ev.materials", name(x.depot()), name(x.shelter()), items(x.items()))
                    : w.get("ev.materials.short", name(x.depot()), name(x.shelter()), items(x.items()),
                            items(x.shortfall()));
        } else if (e instanceof ReportReceived x) {
            return w.get("ev.report", source(x.source()), report(x), w.get("observed", clock(x.observedAt())));
        } else if (e instanceof LeveeBreached x) {
            return w.get("ev.breach", name(x.levee()), count(x.cells()), w.get("metres", num(x.to(), 1)));
        } else if (e instanceof Earthquake x) {
            return w.get(x.aftershock() ? "ev.aftershock" : "ev.quake", num(x.magnitude(), 1), cell(x.col(), x.row()),
                    num(x.maxIntensity(), 1));
        } else if (e instanceof BuildingsDamaged x) {
            return w.get("ev.damage", households(x.moderate()), households(x.severe()), households(x.collapse()),
                    count(x.roadCellsBlocked()));
        } else if (e instanceof FireIgnited x) {
            return w.get("ev.fire.ignited", cell(List.of(x.col(), x.row())));
        } else if (e instanceof FireStatus x) {
            return w.get("ev.fire", w.get("hectares", num(x.burnedHa(), 1)), count(x.frontCells()),
                    count(x.firelineCells()), count(x.populatedCellsReached()));
        } else if (e instanceof FloodStatus x) {
            return w.get("ev.flood", count(x.wetCells()), metres(x.maxDepth()), w.get("mm.h", num(x.rain(), 1)),
                    count(x.roadsClosedToCars()));
        } else if (e instanceof ShelterFlooded x) {
            return w.get("ev.shelter.flooded", name(x.shelter()), metres(x.depth()));
        } else if (e instanceof ShelterStatus x) {
            return w.get("ev.shelter", name(x.shelter()), w.getOr("shelter." + x.reason(), "shelter.other"),
                    persons(x.occupants()));
        } else if (e instanceof UnderpassFlooded x) {
            return w.get(x.closed() ? "ev.underpass.flooded" : "ev.underpass.dry", cell(x.cell()), metres(x.depth()));
        } else if (e instanceof OutageChanged x) {
            return w.get(x.active() ? "ev.outage.on" : "ev.outage.off", area(x.area()),
                    w.getOr("outage." + x.kind(), "lever.outage"));
        } else if (e instanceof PeopleStatus x) {
            return w.get("ev.people", persons(x.warned()), persons(x.affected()), persons(x.sheltered()),
                    persons(x.trapped()), persons(x.rescued()), persons(x.dead()));
        } else if (e instanceof TeamStatus x) {
            String status = w.getOr("teamStatus." + x.status(), "teamStatus.other");
            return x.task() == null ? w.get("ev.team", name(x.team()), status)
                    : w.get("ev.team.task", name(x.team()), status, teamTask(x.task()));
        } else if (e instanceof RunEnded x) {
            return w.get("ev.run.ended", w.getOr("ended." + x.reason(), "ended.other"));
        } else if (e instanceof Casualties x) {
            return w.get("ev.casualties", persons(x.injured()), persons(x.dead()));
        }
        return w.get("unknown");
    }
}
