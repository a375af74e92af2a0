package org.drillgrid.ui.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.drillgrid.model.event.OrderIssued;
import org.drillgrid.model.event.OrderRejected;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.order.Order;

/**
 * One simulated trainee at a command-post screen: it polls its session's events about once a second and
 * gives an order every few seconds after a random think time, until the deadline. Latencies and errors go
 * to its own {@link Tally}. A 202 is success, whether the engine then carries the order out or refuses it;
 * a 5xx, a timeout, a broken connection or any other 4xx is an error.
 */
final class Trainee implements Callable<Tally> {

    /** A trainee's place in the exercise: session, its scenario, position and token. */
    record Seat(String session, String scenario, String position, String token) {
    }

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1000);
    private static final long POLL_JITTER_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final long THINK_MIN_NANOS = TimeUnit.SECONDS.toNanos(2);
    private static final long THINK_MAX_NANOS = TimeUnit.SECONDS.toNanos(8);

    private final Seat seat;
    private final OrderMix mix;
    private final ApiClient api;
    private final Random rng;
    private final long deadline;
    private final Tally tally = new Tally();
    private long after = -1;

    /** @param deadline {@link System#nanoTime()} after which no request starts */
    Trainee(Seat seat, OrderMix mix, ApiClient api, long seed, long deadline) {
        this.seat = seat;
        this.mix = mix;
        this.api = api;
        this.rng = new Random(seed);
        this.deadline = deadline;
    }

    @Override
    public Tally call() throws InterruptedException {
        long now = System.nanoTime();
        long nextPoll = now + (long) (rng.nextDouble() * POLL_NANOS); // screens do not refresh in step
        long nextOrder = now + think();
        while (!Thread.currentThread().isInterrupted()) {
            long next = Math.min(nextPoll, nextOrder);
            if (next >= deadline) {
                break;
            }
            TimeUnit.NANOSECONDS.sleep(next - System.nanoTime());
            if (System.nanoTime() >= nextOrder) {
                order();
                nextOrder = System.nanoTime() + think();
            }
            if (System.nanoTime() >= nextPoll) {
                poll();
                long jitter = (long) ((rng.nextDouble() * 2 - 1) * POLL_JITTER_NANOS);
                nextPoll = Math.max(nextPoll + POLL_NANOS + jitter, System.nanoTime());
            }
        }
        return tally;
    }

    private long think() {
        return THINK_MIN_NANOS + (long) (rng.nextDouble() * (THINK_MAX_NANOS - THINK_MIN_NANOS));
    }

    private void order() throws InterruptedException {
        Order order = mix.next(seat.position(), rng);
        String json;
        try {
            json = Json.mapper().writerFor(Order.class).writeValueAsString(order);
        } catch (IOException e) {
            throw new IllegalStateException("order cannot be written: " + order, e);
        }
        tally.ordersSent++;
        ApiClient.Reply r = exchange("order", () -> api.post(seat.token(), "sessions/" + seat.session() + "/orders",
                json));
        if (r == null) {
            return;
        }
        if (r.status() == 202) {
            tally.orders.add(r.nanos());
        } else {
            tally.error("order: HTTP " + r.status(), r.body());
        }
    }

    private void poll() throws InterruptedException {
        tally.pollsSent++;
        ApiClient.Reply r = exchange("poll", () -> api.get(seat.token(), "sessions/" + seat.session()
                + "/events?after=" + after));
        if (r == null) {
            return;
        }
        if (r.status() != 200) {
            tally.error("poll: HTTP " + r.status(), r.body());
            return;
        }
        tally.polls.add(r.nanos());
        try {
            for (JsonNode e : r.json()) {
                tally.eventsReceived++;
                outcome(e);
            }
            after = Long.parseLong(r.header("Drillgrid-Last-Seq"));
        } catch (IOException | RuntimeException e) {
            tally.error("poll: unreadable answer", e.toString());
        }
    }

    /** Counts what the engine made of this trainee's own orders. */
    private void outcome(JsonNode e) {
        if (!seat.position().equals(e.path("role").asText())) {
            return;
        }
        String type = e.path("type").asText();
        if (type.equals(OrderIssued.TYPE)) {
            tally.ordersIssued++;
        } else if (type.equals(OrderRejected.TYPE)) {
            tally.ordersRejected++;
            // ids, numbers and details removed, so that reasons of one kind count together
            tally.refusal(e.path("reason").asText().replaceAll("'[^']*'", "'…'").replaceAll("\\([^)]*\\)", "(…)")
                    .replaceAll("\\d+", "N"));
        }
    }

    private interface Exchange {
        ApiClient.Reply run() throws IOException, InterruptedException;
    }

    /** The reply, or null after counting a timeout or a failed connection as an error. */
    private ApiClient.Reply exchange(String what, Exchange exchange) throws InterruptedException {
        try {
            return exchange.run();
        } catch (HttpTimeoutException e) {
            tally.error(what + ": timeout", e.toString());
        } catch (IOException e) {
            tally.error(what + ": " + e.getClass().getSimpleName(), e.toString());
        }
        return null;
    }
}
