package org.drillgrid.ui.review;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.drillgrid.ui.time.SimTime;

/**
 * The replay's clock: a range input over the minutes the session reached, an "h:mm" field, steps of ±1 min,
 * ±10 min and ±1 h, and play/pause at a chosen speed (sim seconds per wall second). Playing polls the
 * server every {@value #PLAY_MILLIS} ms and moves the time by the wall time that has really passed; the
 * polling stops on pause and when the view detaches. Every change of time goes to one listener.
 */
final class Scrubber extends Composite<VerticalLayout> {

    private static final long serialVersionUID = 1L;
    static final int PLAY_MILLIS = 1000;
    static final List<Integer> SPEEDS = List.of(60, 600, 3600);
    private static final long[] STEPS = {-3600, -600, -60, 60, 600, 3600};

    private final Element range = new Element("input");
    private final TextField time = new TextField();
    private final Span position = new Span();
    private final Button play = new Button();
    private final Select<Integer> speed = new Select<>();
    private final LongConsumer onSeek;
    private final LongSupplier latestReach;
    private long t;
    private long max;
    private boolean playing;
    private long lastPollNanos;
    private Registration poll;

    /**
     * @param onSeek      called with each new time (sim seconds)
     * @param latestReach the session's reach read again when playing hits the end (a running session grows)
     */
    Scrubber(long max, LongConsumer onSeek, LongSupplier latestReach) {
        this.max = max;
        this.onSeek = onSeek;
        this.latestReach = latestReach;
        range.setAttribute("type", "range");
        range.setAttribute("id", "review-range");
        range.setAttribute("min", "0");
        range.setAttribute("step", "1");
        range.setAttribute("aria-label", getTranslation("review.time"));
        range.getStyle().set("width", "100%");
        range.addEventListener("change", e -> seekMinute(e.getEventData().getString("element.value")))
                .addEventData("element.value");
        time.setId("review-time");
        time.setLabel(getTranslation("review.time"));
        time.setHelperText(getTranslation("review.time.help"));
        time.setWidth("8em");
        time.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                typed(e.getValue());
            }
        });
        HorizontalLayout steps = new HorizontalLayout();
        for (long step : STEPS) {
            Button b = new Button(getTranslation("review.step." + step), e -> seek(t + step));
            b.setId("review-step-" + (step < 0 ? "m" : "p") + Math.abs(step));
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            steps.add(b);
        }
        play.setId("review-play");
        play.addClickListener(e -> setPlaying(!playing));
        speed.setId("review-speed");
        speed.setLabel(getTranslation("review.speed"));
        speed.setItems(SPEEDS);
        speed.setItemLabelGenerator(s -> getTranslation("review.speed.x", String.valueOf(s)));
        speed.setValue(600);
        speed.setWidth("9em");
        position.setId("review-position");
        HorizontalLayout controls = new HorizontalLayout(time, steps, speed, play);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        controls.getStyle().set("flex-wrap", "wrap");
        Div track = new Div();
        track.getElement().appendChild(range);
        track.setWidthFull();
        getContent().setPadding(false);
        getContent().add(track, controls, position);
        setMax(max);
        show();
    }

    long time() {
        return t;
    }

    /** The native range input (for tests that send it the browser's change event). */
    Element range() {
        return range;
    }

    boolean playing() {
        return playing;
    }

    /** A new reach (a running session went on); the time stays where it is. */
    void setMax(long newMax) {
        max = Math.max(0, newMax);
        range.setAttribute("max", Long.toString(max / 60));
        show();
    }

    /** Moves to {@code seconds}, kept within [0, reach] (read again when asked past it), and tells the listener. */
    void seek(long seconds) {
        if (seconds > max) {
            setMax(latestReach.getAsLong());
        }
        t = Math.max(0, Math.min(max, seconds));
        time.setInvalid(false);
        show();
        onSeek.accept(t);
    }

    private void seekMinute(String minute) {
        try {
            seek(Long.parseLong(minute.strip()) * 60);
        } catch (NumberFormatException | NullPointerException e) {
            show(); // the browser sent something that is not a minute: put the slider back
        }
    }

    /** The "h:mm" field: a time that cannot be read or lies past the reach gets a message, not a move. */
    void typed(String text) {
        Long s = SimTime.parse(text);
        if (s == null) {
            time.setErrorMessage(getTranslation("review.time.bad", text));
            time.setInvalid(true);
        } else if (s > max) {
            time.setErrorMessage(getTranslation("review.time.beyond", hm(max)));
            time.setInvalid(true);
        } else {
            seek(s);
        }
    }

    void setPlaying(boolean on) {
        if (on && !playing && t >= max) {
            setMax(latestReach.getAsLong());
            if (t >= max) {
                seek(0); // play at the end starts again from the beginning
            }
        }
        UI ui = getUI().orElse(null);
        playing = on && ui != null;
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        if (ui != null) {
            ui.setPollInterval(playing ? PLAY_MILLIS : -1);
            if (playing) {
                lastPollNanos = System.nanoTime();
                poll = ui.addPollListener(e -> {
                    long now = System.nanoTime();
                    advance((now - lastPollNanos) / 1_000_000);
                    lastPollNanos = now;
                });
            }
        }
        show();
    }

    /**
     * Moves the time on by {@code wallMillis} at the chosen speed; at the reach (read again: a running
     * session goes on) it stops.
     */
    void advance(long wallMillis) {
        if (!playing) {
            return;
        }
        if (t >= max) {
            setMax(latestReach.getAsLong());
            if (t >= max) {
                setPlaying(false);
                return;
            }
        }
        seek(t + Math.max(0, wallMillis) * speed.getValue() / 1000);
    }

    private void show() {
        range.setProperty("value", Long.toString(t / 60));
        time.setValue(hm(t));
        position.setText(getTranslation("review.position", hm(t), hm(max)));
        play.setText(getTranslation(playing ? "review.pause" : "review.play"));
    }

    static String hm(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d", seconds / 3600, seconds % 3600 / 60);
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        show();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (poll != null) {
            poll.remove();
            poll = null;
        }
        if (playing) {
            detach.getUI().setPollInterval(-1);
            playing = false;
        }
    }
}
