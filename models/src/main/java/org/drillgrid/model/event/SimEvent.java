package org.drillgrid.model.event;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something that happened in a run, at sim time {@code t} (seconds since the scenario start). The event
 * log ({@code events.jsonl}) is a run's record: one event per line, {@code t} and {@code type} first.
 * Events are immutable values with a stable type name; a new kind of event is a new record here, never a
 * changed meaning of an old one.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = RunStarted.class, name = RunStarted.TYPE),
        @JsonSubTypes.Type(value = InjectFired.class, name = InjectFired.TYPE),
        @JsonSubTypes.Type(value = RunEnded.class, name = RunEnded.TYPE),
        @JsonSubTypes.Type(value = FloodStatus.class, name = FloodStatus.TYPE),
        @JsonSubTypes.Type(value = UnderpassFlooded.class, name = UnderpassFlooded.TYPE),
        @JsonSubTypes.Type(value = ShelterFlooded.class, name = ShelterFlooded.TYPE),
        @JsonSubTypes.Type(value = LeveeBreached.class, name = LeveeBreached.TYPE),
        @JsonSubTypes.Type(value = WarningIssued.class, name = WarningIssued.TYPE),
        @JsonSubTypes.Type(value = PeopleWarned.class, name = PeopleWarned.TYPE),
        @JsonSubTypes.Type(value = PeopleAffected.class, name = PeopleAffected.TYPE),
        @JsonSubTypes.Type(value = PeopleEvacuating.class, name = PeopleEvacuating.TYPE),
        @JsonSubTypes.Type(value = PeopleSheltered.class, name = PeopleSheltered.TYPE),
        @JsonSubTypes.Type(value = PeopleRelieved.class, name = PeopleRelieved.TYPE),
        @JsonSubTypes.Type(value = PeopleTrapped.class, name = PeopleTrapped.TYPE),
        @JsonSubTypes.Type(value = PeopleRescued.class, name = PeopleRescued.TYPE),
        @JsonSubTypes.Type(value = Casualties.class, name = Casualties.TYPE),
        @JsonSubTypes.Type(value = CommandGiven.class, name = CommandGiven.TYPE),
        @JsonSubTypes.Type(value = TeamStatus.class, name = TeamStatus.TYPE),
        @JsonSubTypes.Type(value = MaterialsMoved.class, name = MaterialsMoved.TYPE),
        @JsonSubTypes.Type(value = ShelterStatus.class, name = ShelterStatus.TYPE),
        @JsonSubTypes.Type(value = OutageChanged.class, name = OutageChanged.TYPE),
        @JsonSubTypes.Type(value = PeopleStatus.class, name = PeopleStatus.TYPE),
        @JsonSubTypes.Type(value = OrderIssued.class, name = OrderIssued.TYPE),
        @JsonSubTypes.Type(value = OrderRejected.class, name = OrderRejected.TYPE),
        @JsonSubTypes.Type(value = ReportReceived.class, name = ReportReceived.TYPE),
        @JsonSubTypes.Type(value = Earthquake.class, name = Earthquake.TYPE),
        @JsonSubTypes.Type(value = BuildingsDamaged.class, name = BuildingsDamaged.TYPE),
        @JsonSubTypes.Type(value = FireIgnited.class, name = FireIgnited.TYPE),
        @JsonSubTypes.Type(value = FireStatus.class, name = FireStatus.TYPE)})
public sealed interface SimEvent permits RunStarted, InjectFired, RunEnded, FloodStatus, UnderpassFlooded,
        ShelterFlooded, LeveeBreached, WarningIssued, PeopleWarned, PeopleAffected, PeopleEvacuating, PeopleSheltered, PeopleRelieved, PeopleTrapped, PeopleRescued, Casualties, CommandGiven, TeamStatus, MaterialsMoved, ShelterStatus, OutageChanged, PeopleStatus,
        OrderIssued, OrderRejected, ReportReceived, Earthquake, BuildingsDamaged, FireIgnited, FireStatus {

    /** Sim time in seconds since the scenario start. */
    long t();

    /** The stable type name written in the log, e.g. {@code inject-fired}. */
    @JsonProperty("type")
    String type();
}
