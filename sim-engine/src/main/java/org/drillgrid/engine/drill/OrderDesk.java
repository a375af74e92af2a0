package org.drillgrid.engine.drill;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import org.drillgrid.engine.EventSink;
import org.drillgrid.engine.SimClock;
import org.drillgrid.engine.people.Area;
import org.drillgrid.engine.people.Channel;
import org.drillgrid.engine.response.Response;
import org.drillgrid.engine.response.Result;
import org.drillgrid.engine.response.Task;
import org.drillgrid.model.drill.AreaRef;
import org.drillgrid.model.drill.Areas;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.order.ControllerAction;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.order.Refusal;
import org.drillgrid.model.scenario.Scenario;

/**
 * The inputs of a run, orders and controller actions, applied in the DRILL phase of the tick that holds
 * their time {@code t}, in (t, arrival) order. Each order is checked against the state of that moment and
 * carried out through a {@link Response} lever in the name of its role, or refused with a reason that
 * names the field or the state that stood in the way; a refused order changes nothing. Either way an
 * {@code order-issued} or {@code order-rejected} event (stamped with the tick's end, like the lever's own
 * {@code command} event) records it.
 */
public final class OrderDesk {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(OrderDesk.class);

    /** An input waiting for its tick: an order or a controller action. */
    public record Input(long t, long arrival, Order order, ControllerAction action) {
    }

    private final Scenario scenario;
    private final Response response;
    private final DrillScript script;
    private final SimClock clock;
    private final EventSink events;
    private final PriorityQueue<Input> queue = new PriorityQueue<>((a, b) -> a.t != b.t ? Long.compare(a.t, b.t)
            : Long.compare(a.arrival, b.arrival));
    private long arrivals;
    private int orders;

    public OrderDesk(Scenario scenario, Response response, DrillScript script, SimClock clock, EventSink events) {
        this.scenario = scenario;
        this.response = response;
        this.script = script;
        this.clock = clock;
        this.events = events;
    }

    /** Queues an order for its time {@code t} (which must be set). */
    public void add(Order order) {
        queue.add(new Input(order.t(), arrivals++, order, null));
    }

    /** Queues a controller action for its time {@code t}. */
    public void add(ControllerAction action) {
        queue.add(new Input(action.t(), arrivals++, null, action));
    }

    /** Applies every input due before the tick's end. */
    public void applyDue() {
        long end = clock.tickEnd();
        while (!queue.isEmpty() && queue.peek().t < end) {
            Input in = queue.poll();
            long t = Math.max(in.t, clock.tickStart());
            if (in.order != null) {
                apply(in.order, t);
            } else {
                control(in.action, t);
            }
        }
    }

    private void control(ControllerAction action, long t) {
        try {
            if (action instanceof ControllerAction.FireInject f) {
                script.fireNow(f.inject(), by(f.by()), t);
            } else if (action instanceof ControllerAction.AdHocInject a) {
                script.adHoc(a.inject(), by(a.by()), t);
            }
        } catch (RuntimeException e) {
            LOG.error("controller action {} could not be carried out", action, e);
            events.emit(new org.drillgrid.model.event.CommandGiven(t, "controller-action", null, null, by(action.by()),
                    false, "could not be carried out (" + e.getClass().getSimpleName() + ")"));
        }
    }

    private static String by(String who) {
        return who == null || who.isBlank() ? "controller" : who;
    }

    /** Orders applied so far (issued and rejected). */
    public int count() {
        return orders;
    }

    private void apply(Order o, long t) {
        int seq = ++orders;
        Result r = o.role() == null || o.role().isBlank() ? Result.coded(Refusal.NO_ROLE) : response.as(o.role(), () -> carryOut(o, t));
        if (r.accepted()) {
            events.emit(new OrderIssued(clock.tickEnd(), seq, o.role(), o));
        } else {
            events.emit(new OrderRejected(clock.tickEnd(), seq, o.role(), o, r.reason(), r.refusal()));
        }
    }

    private Result carryOut(Order order, long t) {
        try {
            return lever(order, t);
        } catch (BadField e) {
            return e.refusal();
        } catch (RuntimeException e) {
            // a lever that breaks must not break the exercise: the order is refused and the run goes on
            LOG.error("order {} could not be carried out", order, e);
            return Result.coded(Refusal.LEVER_FAILED, e.getClass().getSimpleName());
        }
    }

    private Result lever(Order order, long t) {
        if (order instanceof Order.Warn w) {
            return warn(w, t);
        } else if (order instanceof Order.Evacuate e) {
            Area a = area("area", e.area());
            require("shelter", e.shelter());
            return response.evacuate(a, e.shelter(), channels(e.channels()), t);
        } else if (order instanceof Order.OpenShelter s) {
            return response.openShelter(require("shelter", s.shelter()), t);
        } else if (order instanceof Order.CloseShelter s) {
            return response.closeShelter(require("shelter", s.shelter()), t);
        } else if (order instanceof Order.CloseRoad c) {
            return response.closeRoads(area("area", c.area()), !Boolean.TRUE.equals(c.reopen()));
        } else if (order instanceof Order.DispatchTeam d) {
            return dispatch(d, t);
        } else if (order instanceof Order.RequestReinforcement r) {
            return response.requestReinforcement(require("team", r.team()), t);
        } else if (order instanceof Order.DispatchMaterials m) {
            require("depot", m.depot());
            require("shelter", m.shelter());
            if (m.items() == null || m.items().isEmpty()) {
                throw new BadField("items: required: {item id: count, ...}");
            }
            for (var e : m.items().entrySet()) {
                if (e.getKey() == null || e.getValue() == null) {
                    throw new BadField("items: every item needs an id and a count");
                }
            }
            return response.dispatchMaterials(m.depot(), m.shelter(), m.items(), t);
        } else if (order instanceof Order.CallReserve c) {
            return response.callReserve(require("depot", c.depot()), c.item(), t);
        } else if (order instanceof Order.SetResponseLevel l) {
            return response.setResponseLevel(level(l.level()));
        } else if (order instanceof Order.FiveStops f) {
            if (f.stops() != null && f.stops().stream().anyMatch(java.util.Objects::isNull)) {
                throw new BadField("stops: an empty entry; name each of " + String.join(", ", Order.STOPS));
            }
            return response.fiveStops(area("area", f.area()),
                    f.stops() == null ? Set.copyOf(Order.STOPS) : new TreeSet<>(f.stops()), Boolean.TRUE.equals(f.lift()));
        } else if (order instanceof Order.RestoreComms c) {
            String team = require("team", c.team());
            Area a = area("area", c.area());
            return team(team, Task.restoreComms(a.centre(response.cols())), false, t);
        }
        throw new BadField("type: unknown order");
    }

    private Result warn(Order.Warn w, long t) {
        Area a = area("area", w.area());
        if (w.level() == null) {
            throw new BadField("level: required: 1 (blue) to 4 (red)");
        }
        return response.warn(a, w.level(), channels(w.channels()), t);
    }

    private Result dispatch(Order.DispatchTeam d, long t) {
        String team = require("team", d.team());
        String kind = require("task", d.task());
        int cols = response.cols();
        Task task;
        switch (kind) {
            case "rescue" -> task = Task.rescue(area("area", d.area()), cols);
            case "evacuate" -> task = Task.evacuate(area("area", d.area()), require("shelter", d.shelter()), cols);
            case "pump" -> task = Task.pump(area("area", d.area()).centre(cols));
            case "reinforce-levee" -> task = Task.reinforceLevee(require("levee", d.levee()));
            case "clear-road" -> task = Task.clearRoad(area("area", d.area()).centre(cols));
            case "restore-comms" -> task = Task.restoreComms(area("area", d.area()).centre(cols));
            case "fireline" -> task = Task.fireline(area("area", d.area()), cols);
            default -> throw new BadField("task: unknown task '" + kind + "'; one of rescue, evacuate, pump, "
                    + "reinforce-levee, clear-road, restore-comms, fireline");
        }
        return team(team, task, Boolean.TRUE.equals(d.replace()), t);
    }

    private Result team(String team, Task task, boolean replace, long t) {
        String busy = response.teamBusyWith(team);
        if (busy != null && !replace) {
            return Result.coded(Refusal.TEAM_BUSY, team, busy);
        }
        return response.dispatchTeam(team, task, t);
    }

    private Area area(String field, AreaRef ref) {
        if (ref == null) {
            throw new BadField(field + ": required: a place id or {\"cells\": [col0, row0, col1, row1]}");
        }
        String problem = Areas.problem(ref, scenario, response.cols(), response.rows());
        if (problem != null) {
            throw new BadField(field + ": " + problem);
        }
        return DrillScript.areaOrNull(ref, scenario);
    }

    private static String require(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadField(field + ": required");
        }
        return value;
    }

    private static Set<Channel> channels(List<String> names) {
        if (names == null) {
            return Response.allChannels();
        }
        Set<Channel> out = EnumSet.noneOf(Channel.class);
        for (String n : names) {
            Channel c = n == null ? null : Channel.ofJson(n);
            if (c == null) {
                List<String> known = new ArrayList<>();
                for (Channel k : Channel.values()) {
                    known.add(k.json());
                }
                throw new BadField("channels: unknown channel '" + n + "'; one of " + String.join(", ", known));
            }
            out.add(c);
        }
        return out;
    }

    /** "I".."IV" (or 1..4) to 1..4, "none" to 0. */
    static int level(String text) {
        if (text == null) {
            throw new BadField("level: required: IV, III, II, I or none");
        }
        return switch (text.strip().toUpperCase(Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            case "IV", "4" -> 4;
            case "NONE", "0" -> 0;
            default -> throw new BadField("level: '" + text + "' is not IV, III, II, I or none");
        };
    }

    /** A missing or malformed field found while reading an order (an English reason, not coded yet). */
    private static final class BadField extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadField(String message) {
            super(message, null, false, false);
        }

        /** The message "field: what is wrong" as a coded refusal: the field, then what is wrong (English). */
        Result refusal() {
            String m = getMessage();
            int colon = m.indexOf(": ");
            return colon < 0 ? Result.coded(Refusal.BAD_FIELD, m)
                    : Result.coded(Refusal.BAD_FIELD, m.substring(0, colon), m.substring(colon + 2));
        }
    }
}
