package org.drillgrid.ui.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.drillgrid.engine.api.RunSnapshot;
import org.drillgrid.engine.drill.Visibility;
import org.drillgrid.model.drill.ObserverRating;
import org.drillgrid.model.json.Json;
import org.drillgrid.model.order.ControllerAction;
import org.drillgrid.model.order.Order;
import org.drillgrid.model.order.OrderException;
import org.drillgrid.model.order.OrderReader;
import org.drillgrid.model.scenario.Inject;
import org.drillgrid.ui.session.ExerciseSession;
import org.drillgrid.ui.session.SessionService;
import org.drillgrid.ui.session.SessionStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/v1}: sessions over HTTP with JSON bodies and {@code Authorization: Bearer <token>}. An admin
 * token creates sessions; a session's controller token runs it, issues trainee and observer tokens,
 * fires injects and sees the truth; a trainee token gives orders as its position and reads only the
 * reported picture (events filtered by {@link Visibility}); an observer token reads the truth and rates.
 * Routes are listed in docs/api.md. Errors are {@code {"error": "..."}} with 400, 401, 403, 404 or 409.
 */
public final class ApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);
    /** Request bodies above this are refused unread. */
    static final int MAX_BODY = 256 * 1024;

    private final transient SessionService sessions;
    private final transient ApiTokens tokens;

    public ApiServlet(SessionService sessions, ApiTokens tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    /** A refusal with its HTTP status. */
    static final class ApiError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        ApiError(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** A page to send as HTML instead of JSON. */
    private record Html(String text) {
    }

    private record Caller(SessionStore.TokenRow token) {
        boolean admin() {
            return "admin".equals(token.rights());
        }

        Visibility.Rights rights() {
            return admin() ? Visibility.Rights.CONTROLLER : Visibility.Rights.valueOf(token.rights().toUpperCase(Locale.ROOT));
        }

        String role() {
            return token.role();
        }
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setContentType("application/json;charset=utf-8");
        resp.setHeader("Cache-Control", "no-store"); // answers hold tokens and the exercise's truth
        try {
            readBody(req);
            Object out = route(req, resp);
            byte[] body;
            if (out instanceof Html h) {
                resp.setContentType("text/html;charset=utf-8");
                body = h.text().getBytes(StandardCharsets.UTF_8);
            } else {
                body = Json.mapper().writeValueAsBytes(out); // whole, before anything is sent
            }
            resp.getOutputStream().write(body);
        } catch (ApiError e) {
            error(resp, e.status, e.getMessage());
        } catch (SessionService.Busy e) {
            error(resp, 429, e.getMessage());
        } catch (IllegalArgumentException | IllegalStateException e) {
            error(resp, e instanceof IllegalStateException ? 409 : 400, e.getMessage());
        } catch (Exception e) {
            LOG.error("API {} {} failed", req.getMethod(), req.getRequestURI(), e);
            error(resp, 500, "internal error: " + e.getClass().getSimpleName());
        }
    }

    private static void error(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        Json.mapper().writeValue(resp.getOutputStream(), Map.of("error", String.valueOf(message)));
    }

    private Caller caller(HttpServletRequest req) {
        String h = req.getHeader("Authorization");
        String presented = h != null && h.startsWith("Bearer ") ? h.substring(7).strip() : null;
        return sessions.token(presented).map(Caller::new)
                .orElseThrow(() -> new ApiError(401, "a valid token is required: Authorization: Bearer <token>"));
    }

    private Object route(HttpServletRequest req, HttpServletResponse resp) throws Exception {
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        String[] p = path.replaceAll("^/+|/+$", "").split("/");
        String method = req.getMethod();
        Caller c = caller(req);
        if (p.length == 1 && p[0].equals("sessions") && method.equals("POST")) {
            if (!c.admin()) {
                throw new ApiError(403, "only an admin token creates sessions");
            }
            JsonNode body = body(req);
            Fields.only(body, "scenario", "seed", "name");
            var created = sessions.create(Fields.text(body, "scenario", true, Fields.MAX_ID),
                    Fields.whole(body, "seed", false), Fields.text(body, "name", false, Fields.MAX_NAME));
            resp.setStatus(201);
            return Map.of("id", created.session().id(), "controllerToken", created.controllerToken());
        }
        if (p[0].equals("tokens")) {
            return tokenRoute(c, method, p, resp);
        }
        if (p.length < 2 || !p[0].equals("sessions")) {
            throw new ApiError(404, "no route " + method + " " + path);
        }
        String id = p[1];
        if (!c.admin() && !id.equals(c.token().sessionId())) {
            throw new ApiError(403, "this token is for another session");
        }
        String action = p.length > 2 ? p[2] : "";
        boolean controller = c.rights() == Visibility.Rights.CONTROLLER;
        ExerciseSession s = sessions.find(id).orElse(null);
        SessionStore.SessionRow row = null;
        if (s == null) {
            // not live (ended before this server started): what is in the database can still be read
            row = sessions.store().find(id).orElseThrow(() -> new ApiError(404, "no session '" + id + "'"));
            var resuming = sessions.resuming(id);
            if (resuming.isPresent() && !READ_WHILE_RESUMING.contains(method + " " + action)) {
                resp.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
                throw new ApiError(503, "session '" + id + "' is resuming after a restart (re-simulating to t="
                        + resuming.get().reached() + " s); try again in a few seconds");
            }
            // a session that finished resuming between the two looks above is live now (it is made live before it
            // stops being "resuming"): seen in SessionKillTest as a 409 to an order just after a restart
            s = sessions.find(id).orElse(null);
            if (s == null && !READ_ONLY.contains(method + " " + action)) {
                throw new ApiError(409, "session '" + id + "' is " + row.status()
                        + " and not live on this server: only its log, inputs, scorecard, replay and report can be read");
            }
            if (s == null && action.isEmpty()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", row.id());
                m.put("scenario", row.scenarioId());
                m.put("status", row.status());
                m.put("t", row.simSeconds());
                m.put("until", row.untilS());
                m.put("speed", row.speed());
                sessions.store().failure(id).ifPresent(f -> m.put("failure", f));
                return m;
            }
        }
        long reached = s != null ? s.run().now() : row.simSeconds();
        switch (method + " " + action) {
            case "GET " -> {
                return status(s);
            }
            case "GET events" -> {
                long after = longParam(req, "after", -1);
                long until = c.rights().seesTruth() ? longParam(req, "until", Long.MAX_VALUE) : Long.MAX_VALUE;
                int limit = (int) Math.max(1, Math.min(5000, longParam(req, "limit", 1000)));
                if (!c.rights().seesTruth()) {
                    return picturePage(resp, id, c, after, limit);
                }
                var page = sessions.page(id, c.rights(), c.role(), after, until, limit);
                resp.setHeader(LAST_SEQ, String.valueOf(page.lastSeq())); // ask with after= for more
                return page.events();
            }
            case "GET seek" -> {
                long t = longParam(req, "t", -1);
                if (t < 0) {
                    throw new ApiError(400, "t: required, the sim second to look at");
                }
                if (t > reached) {
                    throw new ApiError(409, "t=" + t + " is ahead of the session (" + reached + " s)");
                }
                Map<String, Object> view = new LinkedHashMap<>();
                view.put("t", t);
                view.put("events", sessions.events(id, c.rights(), c.role(), -1, t, Integer.MAX_VALUE));
                if (c.rights().seesTruth()) {
                    sessions.store().checkpointAtOrBefore(id, t).ifPresent(cp -> {
                        view.put("depthAt", cp.t());
                        view.put("depthMm", cp.depthMm());
                    });
                }
                return view;
            }
            case "GET truth" -> {
                requireTruth(c);
                synchronized (s.run()) {
                    return s.run().kpis();
                }
            }
            case "GET inputs" -> {
                require(controller, "only the controller reads the session's inputs");
                List<Map<String, Object>> out = new java.util.ArrayList<>();
                for (SessionStore.InputRow in : sessions.store().inputs(id)) {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("seq", in.seq());
                    m.put("t", in.t());
                    m.put("kind", in.kind());
                    m.put("role", in.role());
                    m.put("body", Json.mapper().readTree(in.body()));
                    m.put("receivedAt", in.receivedAt().toString());
                    out.add(m);
                }
                return out;
            }
            case "GET script" -> {
                require(controller, "only the controller sees the drill script");
                return s.scenario().scenario().drillOrEmpty();
            }
            case "POST verify" -> {
                require(controller, "only the controller verifies a session");
                return sessions.verify(id);
            }
            case "GET report" -> {
                requireTruth(c);
                String lang = req.getParameter("lang") == null ? "zh" : req.getParameter("lang");
                if (!lang.equals("zh") && !lang.equals("en")) {
                    throw new ApiError(400, "lang: zh or en");
                }
                return new Html(sessions.reportHtml(id, lang));
            }
            case "GET scorecard" -> {
                requireTruth(c);
                return s != null ? sessions.scorecard(s) : sessions.scorecard(id);
            }
            case "POST orders" -> {
                require(controller || c.rights() == Visibility.Rights.TRAINEE, "observers do not give orders");
                ObjectNode body = (ObjectNode) body(req);
                if (!controller) {
                    body.put("role", c.role()); // a trainee orders as their own position
                }
                body.remove("t");
                Fields.text(body, "role", false, Fields.MAX_ID); // before the whole order's size is judged
                Order o;
                try {
                    o = OrderReader.parse(body.toString());
                } catch (OrderException e) {
                    throw new ApiError(400, e.getMessage());
                }
                requirePosition("role", o.role());
                SessionStore.InputRow ack = s.submit(o);
                resp.setStatus(202);
                return Map.of("seq", ack.seq(), "t", ack.t());
            }
            case "POST injects" -> {
                require(controller, "only the controller fires injects");
                JsonNode body = body(req);
                Fields.only(body, "fire", "inject");
                if (body.has("fire") == body.has("inject")) {
                    throw new ApiError(400, "fire or inject: give one, the id of a scripted inject or an ad-hoc inject");
                }
                ControllerAction a = body.has("fire")
                        ? new ControllerAction.FireInject(null, "controller", Fields.text(body, "fire", true, Fields.MAX_ID))
                        : new ControllerAction.AdHocInject(null, "controller",
                                Fields.bind(body, "inject", Inject.class, "an inject: id, message, effect..."));
                SessionStore.InputRow ack = s.submit(a);
                resp.setStatus(202);
                return Map.of("seq", ack.seq(), "t", ack.t());
            }
            case "POST ratings" -> {
                require(c.rights().seesTruth(), "trainees do not rate");
                ObserverRating r = Fields.bind(body(req), null, ObserverRating.class, "a rating");
                checkRating(r);
                return Map.of("seq", sessions.rate(id, r).seq());
            }
            case "POST tokens" -> {
                require(controller, "only the controller issues tokens");
                JsonNode body = body(req);
                Fields.only(body, "rights", "role");
                String rights = Fields.text(body, "rights", true, Fields.MAX_ID).toUpperCase(Locale.ROOT);
                if (!rights.equals("TRAINEE") && !rights.equals("OBSERVER")) {
                    throw new ApiError(400, "rights: trainee or observer");
                }
                String role = Fields.text(body, "role", rights.equals("TRAINEE"), Fields.MAX_ID);
                if (rights.equals("TRAINEE")) {
                    requirePosition("role", role);
                }
                return Map.of("token", sessions.issueToken(id, role, Visibility.Rights.valueOf(rights)));
            }
            case "POST start", "POST resume" -> {
                require(controller, "only the controller runs the session");
                s.paced().resume();
                return status(s);
            }
            case "POST pause" -> {
                require(controller, "only the controller runs the session");
                s.paced().pause();
                return status(s);
            }
            case "POST step" -> {
                require(controller, "only the controller runs the session");
                s.paced().step();
                return status(s);
            }
            case "POST speed" -> {
                require(controller, "only the controller runs the session");
                JsonNode body = body(req);
                Fields.only(body, "speed");
                double speed = Fields.number(body, "speed");
                if (!(speed >= 1 && speed <= 3600)) {
                    throw new ApiError(400, "speed: sim seconds per wall second, 1 to 3600");
                }
                s.paced().setSpeed(speed);
                return status(s);
            }
            case "GET tokens" -> {
                require(controller, "only the controller lists the session's tokens");
                return tokens.list(id);
            }
            case "DELETE tokens" -> {
                require(controller, "only the controller revokes the session's tokens");
                String tokenId = p.length > 3 ? p[3] : "";
                var t = tokens.find(tokenId).filter(i -> id.equals(i.session()))
                        .orElseThrow(() -> new ApiError(404, "no token '" + tokenId + "' in this session"));
                if (!t.rights().equals("trainee") && !t.rights().equals("observer")) {
                    throw new ApiError(403, "a controller revokes trainee and observer tokens; an admin revokes the rest");
                }
                tokens.revoke(tokenId);
                return Map.of("revoked", tokenId);
            }
            case "POST stop" -> {
                require(controller, "only the controller runs the session");
                s.paced().stop();
                return status(s);
            }
            case "POST branch" -> {
                require(controller, "only the controller branches");
                JsonNode body = body(req);
                Fields.only(body, "t");
                long t = Fields.whole(body, "t", true);
                var created = sessions.branch(id, t);
                resp.setStatus(201);
                return Map.of("id", created.session().id(), "controllerToken", created.controllerToken());
            }
            default -> throw new ApiError(404, "no route " + method + " " + path);
        }
    }

    private static Map<String, Object> status(ExerciseSession s) {
        RunSnapshot snap = s.paced().snapshot();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("scenario", s.scenario().scenario().id());
        m.put("status", snap.status().name());
        m.put("t", snap.now());
        m.put("until", snap.until());
        m.put("speed", snap.speed());
        return m;
    }

    private static void requireTruth(Caller c) {
        require(c.rights().seesTruth(), "a trainee sees only what is reported; the truth is for controllers and observers");
    }

    private static void require(boolean ok, String why) {
        if (!ok) {
            throw new ApiError(403, why);
        }
    }

    private static final String BODY = ApiServlet.class.getName() + ".body";

    /** Reads the whole body first, whatever the route does with it, so the connection stays usable. */
    private static void readBody(HttpServletRequest req) throws IOException {
        try (InputStream in = req.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            req.setAttribute(BODY, bytes);
        }
    }

    private static JsonNode body(HttpServletRequest req) {
        byte[] bytes = (byte[]) req.getAttribute(BODY);
        if (bytes.length > MAX_BODY) {
            throw new ApiError(413, "request body over " + MAX_BODY + " bytes");
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        JsonNode n;
        try {
            n = Json.mapper().readTree(text.isBlank() ? "{}" : text);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ApiError(400, "body is not JSON: " + e.getOriginalMessage());
        }
        if (!n.isObject()) {
            throw new ApiError(400, "body must be a JSON object");
        }
        return n;
    }

    /** Refuses a role that is not one of the command-post positions (an order from nowhere is not carried out). */
    private static void requirePosition(String field, String role) {
        if (role == null || role.isBlank()) {
            throw new ApiError(400, field + ": required, a command-post position");
        }
        if (!org.drillgrid.model.drill.Positions.known(role)) {
            throw new ApiError(400, field + ": '" + Fields.clip(role) + "' is not a command-post position; one of "
                    + String.join(", ", org.drillgrid.model.drill.Positions.TASK_GROUPS));
        }
    }

    /** The texts of a rating fit their columns, and its time is not before the start. */
    private static void checkRating(ObserverRating r) {
        if (r.objective() == null || r.rating() == null) {
            throw new ApiError(400, "objective and rating (P, S, M or U) are required");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("objective", r.objective());
        texts.put("inject", r.inject());
        texts.put("by", r.by());
        texts.forEach((field, v) -> {
            if (v != null && v.length() > Fields.MAX_ID) {
                throw new ApiError(400, field + ": at most " + Fields.MAX_ID + " characters, not " + v.length());
            }
        });
        if (r.note() != null && r.note().length() > Fields.MAX_NOTE) {
            throw new ApiError(400, "note: at most " + Fields.MAX_NOTE + " characters, not " + r.note().length());
        }
        if (r.t() != null && r.t() < 0) {
            throw new ApiError(400, "t: the sim second rated, >= 0");
        }
    }

    /** Header with the position to pass as {@code after} for the next page of events. */
    static final String LAST_SEQ = "Drillgrid-Last-Seq";

    /**
     * A page of a trainee's picture. Its positions count the events of that picture, not of the whole log:
     * a log position would tell the trainee how many events it is not shown.
     */
    private Object picturePage(HttpServletResponse resp, String id, Caller c, long after, int limit) {
        long skip = Math.max(0, after);
        long want = Math.min(Integer.MAX_VALUE, skip + limit);
        List<org.drillgrid.model.event.SimEvent> seen = sessions.page(id, c.rights(), c.role(), -1, Long.MAX_VALUE,
                (int) want).events();
        List<org.drillgrid.model.event.SimEvent> page = skip >= seen.size() ? List.of()
                : seen.subList((int) skip, seen.size());
        resp.setHeader(LAST_SEQ, String.valueOf(skip + page.size()));
        return page;
    }

    /** {@code /tokens}: an admin lists every token, revokes one, or rotates the admin token. */
    private Object tokenRoute(Caller c, String method, String[] p, HttpServletResponse resp) throws IOException {
        if (!c.admin()) {
            throw new ApiError(403, "only an admin token manages tokens; a controller manages its session's at "
                    + "/sessions/{id}/tokens");
        }
        String route = method + " " + (p.length > 1 ? p[1] : "");
        if (route.equals("GET ")) {
            return tokens.list(null);
        }
        if (route.equals("POST rotate")) {
            return Map.of("token", tokens.rotate());
        }
        if (method.equals("DELETE") && p.length == 2) {
            if (!tokens.revoke(p[1])) {
                throw new ApiError(404, "no token '" + p[1] + "'");
            }
            return Map.of("revoked", p[1]);
        }
        throw new ApiError(404, "no route " + method + " /tokens" + (p.length > 1 ? "/" + p[1] : ""));
    }

    private static long longParam(HttpServletRequest req, String name, long dflt) {
        String v = req.getParameter(name);
        if (v == null) {
            return dflt;
        }
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ApiError(400, name + ": '" + v + "' is not a whole number");
        }
    }

    /** The routes that also serve a session that is not live (ended before the server's last start). */
    static final java.util.Set<String> READ_ONLY = java.util.Set.of("GET ", "GET events", "GET seek", "GET inputs",
            "POST verify", "GET report", "GET scorecard", "GET tokens", "DELETE tokens");

    /** The routes a session still resuming after a restart answers (from the database); the others are 503. */
    static final java.util.Set<String> READ_WHILE_RESUMING = java.util.Set.of("GET events", "GET seek", "GET inputs");
    /** Seconds a client is told to wait before asking a resuming session again. */
    static final int RETRY_AFTER_SECONDS = 2;

    /** For tests and docs: every route as "METHOD action". */
    static final List<String> ROUTES = List.of("GET ", "GET events", "GET seek", "GET truth", "GET inputs",
            "GET script", "GET scorecard", "GET report", "POST verify", "POST orders", "POST injects", "POST ratings",
            "POST tokens", "POST start", "POST resume", "POST pause", "POST step", "POST speed", "POST stop",
            "POST branch", "GET tokens", "DELETE tokens");
}
