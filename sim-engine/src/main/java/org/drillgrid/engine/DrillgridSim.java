package org.drillgrid.engine;

import org.drillgrid.engine.people.Hazard;
import org.drillgrid.engine.response.FloodControl;
import org.drillgrid.engine.response.Policy;
import org.drillgrid.engine.response.Response;
import org.drillgrid.engine.drill.DrillScript;
import org.drillgrid.engine.drill.Fog;
import org.drillgrid.engine.drill.OrderDesk;
import org.drillgrid.engine.hazard.flood.FloodHazard;
import org.drillgrid.engine.hazard.flood.FloodView;
import org.drillgrid.engine.hazard.fire.FireHazard;
import org.drillgrid.engine.hazard.fire.FireView;
import org.drillgrid.engine.hazard.quake.QuakeHazard;
import org.drillgrid.engine.hazard.quake.QuakeView;
import org.drillgrid.model.hazard.FireSpec;
import org.drillgrid.model.hazard.QuakeSpec;
import org.drillgrid.model.hazard.FloodSpec;
import org.drillgrid.model.hazard.HazardSpec;
import org.drillgrid.model.event.RunStarted;
import org.drillgrid.model.scenario.GridSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The MASON model: a thin {@link SimState} that holds the world and schedules one steppable per
 * {@link Phase}, repeating every tick. A tick lasts {@code timeStep} sim seconds; tick k covers
 * [k·dt, (k+1)·dt). All randomness comes from {@link #random}, seeded from the run's seed.
 * No IO and no threads here: the run API drives {@link #schedule}.
 */
public final class DrillgridSim extends SimState implements SimClock {

    private static final long serialVersionUID = 1L;

    private final transient World world;
    private final transient EventSink events;
    private final long tickSeconds;
    private final long until;
    private transient FloodHazard flood;
    private transient QuakeHazard quake;
    private transient FireHazard fire;
    private final transient Policy policy;
    private transient Response response;
    private transient DrillScript script;
    private transient OrderDesk desk;

    public DrillgridSim(World world, long seed, long until, EventSink events) {
        this(world, seed, until, events, Policy.NONE);
    }

    public DrillgridSim(World world, long seed, long until, EventSink events, Policy policy) {
        super(seed);
        this.policy = policy;
        this.world = world;
        this.events = events;
        this.tickSeconds = world.scenario().timeStepSeconds();
        this.until = until;
    }

    @Override
    public void start() {
        super.start();
        GridSpec grid = world.scenario().grid();
        events.emit(new RunStarted(0, world.scenario().id(), seed(), grid.cols(), grid.rows(), tickSeconds, until,
                world.population(), world.forces().teamsOrEmpty().size(), world.teamMembers(),
                world.forces().depotsOrEmpty().size(), world.forces().sheltersOrEmpty().size(),
                world.shelterCapacity()));
        for (HazardSpec h : world.scenario().hazardsOrEmpty()) {
            if (h instanceof FloodSpec f) {
                flood = new FloodHazard(world, f, this, events);
            }
        }
        for (HazardSpec h : world.scenario().hazardsOrEmpty()) {
            if (h instanceof QuakeSpec q) {
                quake = new QuakeHazard(world, q, this, events, seed(), until, flood);
            } else if (h instanceof FireSpec f) {
                fire = new FireHazard(world, f, this, events);
            }
        }
        // one steppable, a fixed order: the shaking breaks dams before the water moves; the fire last
        Steppable[] hazards = java.util.stream.Stream.of(quake, flood, fire).filter(java.util.Objects::nonNull)
                .toArray(Steppable[]::new);
        if (hazards.length > 0) {
            schedulePhase(Phase.HAZARDS, state -> {
                for (Steppable h : hazards) {
                    h.step(state);
                }
            });
        }
        Hazard hazard = flood != null ? flood : Hazard.NONE;
        FloodControl control = flood != null ? flood : FloodControl.NONE;
        response = new Response(world, hazard, control, policy, this, events, random);
        if (quake != null) {
            quake.attach(response);
        }
        if (fire != null) {
            fire.attach(response.people());
            response.attachFire(fire, fire);
        }
        script = new DrillScript(world.scenario(), response, flood, this, events);
        script.hazards(quake, fire);
        desk = new OrderDesk(world.scenario(), response, script, this, events);
        Fog fog = new Fog(world.scenario(), response, flood, this, events, seed());
        fog.hazards(quake, fire);
        schedulePhase(Phase.DRILL, state -> {
            script.fireDue();
            desk.applyDue();
        });
        schedulePhase(Phase.AGENTS, response);
        schedulePhase(Phase.BOOKKEEPING, state -> {
            script.watch();
            fog.step();
        });
    }

    private void schedulePhase(Phase phase, Steppable steppable) {
        schedule.scheduleRepeating(sim.engine.Schedule.EPOCH, phase.ordering(), steppable, 1.0);
    }

    @Override
    public long tickStart() {
        return (long) schedule.getTime() * tickSeconds;
    }

    @Override
    public long tickSeconds() {
        return tickSeconds;
    }

    /** Sim seconds simulated so far: completed ticks times the tick length. */
    public long elapsed() {
        return schedule.getSteps() * tickSeconds;
    }

    public long until() {
        return until;
    }

    /** The flood of the scenario, when it has one. */
    public java.util.Optional<FloodView> flood() {
        return java.util.Optional.ofNullable(flood);
    }

    /** The earthquake of the scenario, when it has one. */
    public java.util.Optional<QuakeView> quake() {
        return java.util.Optional.ofNullable(quake);
    }

    /** The fire of the scenario, when it has one. */
    public java.util.Optional<FireView> fire() {
        return java.util.Optional.ofNullable(fire);
    }

    /** People, teams, shelters and depots, and the levers over them. */
    public Response response() {
        return response;
    }

    /** The drill script: which injects fired when. */
    public DrillScript script() {
        return script;
    }

    /** Where orders and controller actions wait for their tick. */
    public OrderDesk desk() {
        return desk;
    }

    public World world() {
        return world;
    }

    public EventSink events() {
        return events;
    }
}
