package org.drillgrid.engine.report;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.drillgrid.model.drill.Rating;
import org.drillgrid.model.scenario.LocalizedText;

/**
 * The report's fixed words in Chinese and English, and how it writes times and numbers. Times are sim
 * time since the scenario start as {@code Dd HH:MM}; numbers as read, without trailing zeros.
 */
public final class Labels {

    /** key, Chinese, English. */
    private static final String[][] TEXTS = {
        {"title", "演练总结评估报告与改进计划", "After-Action Report / Improvement Plan"},
        {"s.summary", "1 概况", "1 Summary"},
        {"s.objectives", "2 演练目标评估", "2 Objectives"},
        {"s.timeline", "3 时间线", "3 Timeline"},
        {"s.charts", "4 关键指标曲线", "4 KPI charts"},
        {"s.maps", "5 关键时刻淹没图", "5 Flood maps at key moments"},
        {"s.findings", "6 优点、待改进事项与整改计划", "6 Strengths, areas for improvement, corrective actions"},
        {"h.strengths", "优点", "Strengths"},
        {"h.improve", "待改进事项", "Areas for improvement"},
        {"h.corrective", "整改计划", "Corrective-action plan"},
        {"h.ratings", "目标评级", "Objective ratings"},
        {"scenario", "情景", "Scenario"},
        {"seed", "随机种子", "Seed"},
        {"duration", "模拟时长", "Sim duration"},
        {"until", "计划时长", "Planned until"},
        {"ended", "结束原因", "Ended by"},
        {"policy", "处置方式", "Policy"},
        {"orders.file", "指令文件", "Orders file"},
        {"injects.fired", "已触发情景注入", "Injects fired"},
        {"orders.issued", "已执行指令", "Orders issued"},
        {"orders.rejected", "被拒绝指令", "Orders rejected"},
        {"population", "人口", "Population"},
        {"events.sha", "事件日志 SHA-256", "Event log SHA-256"},
        {"sha.ok", "与 run.json 一致", "matches run.json"},
        {"sha.bad", "与 run.json 不一致（日志在运行后被改动）", "does NOT match run.json (the log changed after the run)"},
        {"sha.none", "run.json 未记录", "not recorded in run.json"},
        {"objective", "目标", "Objective"},
        {"capabilities", "核心能力", "Capabilities"},
        {"automatic", "自动评级", "Automatic"},
        {"observer", "观察员评级", "Observer"},
        {"overall", "综合评级", "Overall"},
        {"criterion", "评估标准", "Criterion"},
        {"value", "实际值", "Value"},
        {"target", "目标值", "Target"},
        {"met", "是否达标", "Met"},
        {"yes", "达标", "met"},
        {"no", "未达标", "not met"},
        {"evidence", "依据", "Evidence"},
        {"time", "模拟时间", "Sim time"},
        {"event", "事件", "Event"},
        {"detail", "说明", "Detail"},
        {"whole.run", "全程", "whole run"},
        {"kind", "类别", "Kind"},
        {"what", "内容", "What"},
        {"by", "责任岗位", "Position"},
        {"t.inject", "情景注入", "Inject"},
        {"t.order", "指令", "Order"},
        {"t.rejected", "指令被拒", "Order rejected"},
        {"t.levee", "堤防溃决", "Levee breached"},
        {"t.quake", "地震", "Earthquake"},
        {"t.aftershock", "余震", "Aftershock"},
        {"t.damage", "房屋破坏", "Buildings damaged"},
        {"t.fire", "起火", "Fire started"},
        {"t.shelter", "避难场所", "Shelter"},
        {"t.outage", "停电/断网/断路", "Outage"},
        {"t.underpass", "下穿通道积水", "Underpass flooded"},
        {"trigger", "触发", "trigger"},
        {"audience", "接收岗位", "audience"},
        {"all.positions", "全体", "all positions"},
        {"issue", "问题", "Issue"},
        {"recommendation", "改进建议", "Recommendation"},
        {"responsible", "责任岗位", "Responsible position"},
        {"status", "状态", "Status"},
        {"due", "完成期限", "Due date"},
        {"open", "未完成", "open"},
        {"to.assign", "待指定", "to be assigned"},
        {"none", "无", "none"},
        {"no.scorecard", "运行目录中没有 scorecard.json：本次运行未评分，无目标评估。",
            "The run folder has no scorecard.json: the run was not scored, so there is no objective assessment."},
        {"no.grids", "运行目录中没有 grids/depth_*.asc 或 max_depth.asc。", "The run folder has no grids/depth_*.asc or max_depth.asc."},
        {"no.people", "没有逐时人员统计（kpis.csv 或 people-status 事件）。", "No hourly people counts (kpis.csv or people-status events)."},
        {"no.flood", "没有 flood-status 事件。", "No flood-status events."},
        {"rating.P", "P 无挑战地完成", "P performed without challenges"},
        {"rating.S", "S 完成但存在一些挑战", "S performed with some challenges"},
        {"rating.M", "M 完成但存在重大挑战", "M performed with major challenges"},
        {"rating.U", "U 未能完成", "U unable to be performed"},
        {"c.people", "人员状态（逐时，来源 %s）；竖线为情景注入时刻", "People by status (hourly, from %s); vertical lines mark injects"},
        {"c.flood", "水情（逐时 flood-status 事件）；竖线为情景注入时刻", "Flood (hourly flood-status events); vertical lines mark injects"},
        {"m.at", "%s 时的水深（%s）", "Water depth at %s (%s)"},
        {"m.max", "全程最大水深（%s）", "Maximum depth over the run (%s)"},
        {"m.inject", "此时触发：%s", "inject fired then: %s"},
        {"m.noinject", "此时无情景注入", "no inject fired then"},
        {"m.stats", "最大水深 %s m，水深 ≥ 0.1 m 的网格 %s 个", "deepest %s m, %s cells at 0.1 m or more"},
        {"f.kpi", "%s：%s = %s %s（目标 %s）", "%s: %s = %s %s (target %s)"},
        {"f.action.met", "%s：%s 由 %s 在 %s 下达，注入后 %s 分钟（时限 %s 分钟）",
            "%s: %s issued by %s at %s, %s min after the inject (window %s min)"},
        {"f.action.early", "%s：%s 由 %s 在 %s 提前下达，早于注入 %s 分钟（提前处置）",
            "%s: %s issued by %s at %s, %s min before the inject (taken early)"},
        {"taken.early", "提前处置", "taken early"},
        {"x.no-shelter", "没有避难场所 %s", "no shelter '%s'"},
        {"x.shelter-closed", "避难场所 %s 已关闭", "shelter '%s' is closed"},
        {"x.shelter-full", "避难场所 %1$s 已满（容量 %3$s 人，已安置 %2$s 人）",
            "shelter '%1$s' is full (%2$s of %3$s places taken)"},
        {"x.no-levee", "没有堤防或水坝 %s", "no levee '%s'"},
        {"x.no-levee-in-scenario", "没有堤防 %s：本情景没有堤防或水坝", "no levee '%s': the scenario has no levee or dam"},
        {"x.no-fire", "本情景没有火情，无法开设隔离带", "no fire in the scenario to cut a fireline against"},
        {"x.no-depot", "没有物资储备库 %s", "no depot '%s'"},
        {"x.no-trucks", "储备库 %s 没有运输车辆", "depot '%s' has no trucks"},
        {"x.no-items", "未列出要发送的物资", "no items to send"},
        {"x.unknown-item", "未知物资 %s", "unknown item '%s'"},
        {"x.quantity-not-positive", "%s：数量须大于 0", "%s: quantity must be > 0"},
        {"x.out-of-stock", "储备库 %1$s 已无库存：%2$s", "depot '%1$s' has none of %2$s"},
        {"e.taken-in-time", "#%1$s %2$s 由 %3$s 下达，%5$s 后 %4$s 秒", "#%1$s %2$s by %3$s, %4$s s after %5$s"},
        {"e.taken-early", "#%1$s %2$s 由 %3$s 下达，早于 %5$s %4$s 秒（提前处置）",
            "#%1$s %2$s by %3$s, %4$s s before %5$s (taken early)"},
        {"e.not-taken", "%4$s 后 %3$s 秒内未下达 %1$s %2$s", "no %1$s %2$s within %3$s s of %4$s"},
        {"e.never-fired", "%s 未触发", "%s never fired"},
        {"f.action.missed", "%s（%s 触发）后 %s 分钟内未下达 %s", "no %4$s within %3$s min of %1$s (fired %2$s)"},
        {"f.rejected", "%s 指令 #%s %s（%s）被拒绝：%s", "%s order #%s %s by %s rejected: %s"},
        {"f.observer", "%s：观察员评级 %s%s", "%s: observer rated %s%s"},
        {"r.relief-within-target", "提前预置救灾物资、尽早开放避难场所，确保受灾群众在目标时限内得到基本生活救助。",
            "Pre-position relief stocks and open shelters earlier so affected people get a place, food and water within the target hours."},
        {"r.warning-coverage", "更早向风险区域发布预警，并增加预警渠道（断电断网时入户通知）。",
            "Warn at-risk areas earlier and through more channels (door to door where power or network fail)."},
        {"r.deaths-per-million", "在深水区域更早组织转移和救援，及时封闭下穿通道和低洼道路。",
            "Evacuate and rescue earlier in the deepest-flooded areas; close underpasses and low roads in time."},
        {"r.affected-per-100k", "在洪水到达前转移风险人群，加固堤防，减少受灾人口。",
            "Reduce exposure: move at-risk households before the water arrives and reinforce the levees."},
        {"r.evacuated-share", "在水到达住宅前下达转移指令，并核实避难场所容量。",
            "Order evacuations before the water reaches homes and check shelter capacity."},
        {"r.trapped-at-end", "更早派出救援队伍，并保留预备队处置被困群众。",
            "Dispatch rescue teams sooner and keep a reserve for trapped households."},
        {"r.kpi", "复盘该指标的处置流程。", "Review the procedures behind this indicator."},
        {"r.action", "针对注入 %s 开展专项演练：在 %s 分钟内下达 %s。", "Rehearse the response to inject %s: issue %3$s within %2$s minutes."},
        {"r.rejected", "复核 %s 指令的程序与前提条件：%s", "Review the procedure and preconditions of %s orders: %s"},
        {"r.observer", "落实观察员意见：%s", "Act on the observer's note: %s"},
        {"d.levee", "%s 个网格，溃口降至 %s m", "%s cells, breach down to %s m"},
        {"d.quake", "%s 级，震中 [%s, %s]，最高烈度 %s 度", "magnitude %s, epicentre [%s, %s], highest intensity %s"},
        {"d.damage", "住户房屋中等破坏 %s、严重破坏 %s、倒塌 %s；%s 个道路网格阻断",
                "homes moderately damaged %s, severely %s, collapsed %s; %s road cells blocked"},
        {"d.shelter", "%s，安置人数 %s", "%s, occupants %s"},
        {"d.shelter.flooded", "被淹，水深 %s m", "flooded, %s m deep"},
        {"d.outage.on", "开始，范围 %s", "begins, cells %s"},
        {"d.outage.off", "结束，范围 %s", "ends, cells %s"},
        {"d.cell", "网格 %s", "cell %s"},
        {"d.depth", "水深 %s m", "%s m deep"},
        {"c.actions", "预期行动", "expected actions"},
        {"c.observer", "观察员评价", "observer"},
        {"k.relief-within-target", "目标时限内得到基本生活救助", "relief within target"},
        {"k.warning-coverage", "预警覆盖率", "warning coverage"},
        {"k.deaths-per-million", "每百万人死亡", "deaths per million"},
        {"k.affected-per-100k", "每10万人受灾", "affected per 100 000"},
        {"k.evacuated-share", "水到前转移比例", "evacuated in time"},
        {"k.trapped-at-end", "结束时仍被困", "still trapped at the end"},
        {"u.%", "%", "%"},
        {"u.per million", "/百万人", "per million"},
        {"u.per 100 000", "/10万人", "per 100 000"},
        {"u.persons", "人", "persons"},
        {"u.actions", "项", "actions"},
        {"p.warned", "已预警", "warned"},
        {"p.affected", "受灾", "affected"},
        {"p.evacuating", "转移中", "evacuating"},
        {"p.sheltered", "已安置", "sheltered"},
        {"p.relieved", "已救助", "relieved"},
        {"p.trapped", "被困", "trapped"},
        {"p.dead", "死亡", "dead"},
        {"p.persons", "人数", "persons"},
        {"w.cells", "水深≥0.1 m 网格数", "cells ≥ 0.1 m"},
        {"w.maxdepth", "最大水深 (m)", "max depth (m)"},
        {"w.rain", "降雨 (mm/h)", "rain (mm/h)"},
        {"x.hours", "模拟时间 (h)", "sim time (h)"},
        {"legend.depth", "水深 (m)", "Depth (m)"},
        {"legend.nodata", "无数据", "no data"},
        {"h.injects", "情景注入与预期行动", "Injects and expected actions"},
        {"not.fired", "未触发", "not fired"},
        {"expected", "预期行动", "Expected actions"},
        {"sep", "；", "; "},
        {"no.findings", "无", "none"},
    };

    private static final Map<String, String[]> BY_KEY = index();

    private final boolean english;

    private Labels(boolean english) {
        this.english = english;
    }

    /** The labels of a language: {@code zh} or {@code en}. */
    public static Labels of(String lang) {
        if (!List.of("zh", "en").contains(lang)) {
            throw new IllegalArgumentException("language must be zh or en, is '" + lang + "'");
        }
        return new Labels("en".equals(lang));
    }

    public String lang() {
        return english ? "en" : "zh";
    }

    public Locale locale() {
        return english ? Locale.ENGLISH : Locale.CHINESE;
    }

    public String get(String key) {
        String[] t = BY_KEY.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no label '" + key + "'");
        }
        return english ? t[1] : t[0];
    }

    /** The English text of a key, for images whose font lacks Chinese glyphs. */
    String english(String key) {
        return new Labels(true).get(key);
    }

    public String format(String key, Object... args) {
        return String.format(Locale.ROOT, get(key), args);
    }

    public String text(LocalizedText t) {
        return t == null ? "" : t.in(locale());
    }

    /** A key's text if it has one, else {@code fallback} (a KPI or unit name the bundle does not know). */
    /**
     * Why an order was refused, in the report's language where the engine coded it ({@code x.<code>}),
     * otherwise the engine's English reason.
     */
    public String reason(org.drillgrid.model.event.OrderRejected r) {
        org.drillgrid.model.order.Refusal f = r.refusal();
        String english = r.reason() == null ? "" : r.reason();
        if (f == null || !BY_KEY.containsKey("x." + f.code())) {
            return english;
        }
        java.util.List<String> a = f.args();
        Object[] args = f.code().equals(org.drillgrid.model.order.Refusal.OUT_OF_STOCK) && !a.isEmpty()
                ? new Object[] {a.get(0), String.join(", ", a.subList(1, a.size()))} : a.toArray();
        try {
            return format("x." + f.code(), args);
        } catch (java.util.IllegalFormatException e) {
            return english; // arguments missing (a log written by hand): the reason as logged
        }
    }

    public String getOr(String key, String fallback) {
        String[] t = BY_KEY.get(key);
        return t == null ? fallback : english ? t[1] : t[0];
    }

    /** The HSEEP meaning of a rating, or a dash. */
    public String rating(Rating r) {
        return r == null ? "—" : get("rating." + r.name());
    }

    /** Sim time as {@code Dd HH:MM} (days, hours and minutes since the scenario start). */
    public static String time(Long t) {
        if (t == null) {
            return "—";
        }
        long s = Math.abs(t);
        return String.format(Locale.ROOT, "%s%dd %02d:%02d", t < 0 ? "-" : "", s / 86_400, s % 86_400 / 3600,
                s % 3600 / 60);
    }

    /** A number as read: no exponent, no trailing zeros; a dash for none. */
    public static String num(Double v) {
        if (v == null) {
            return "—";
        }
        if (v.isNaN() || v.isInfinite()) {
            return v.toString();
        }
        BigDecimal d = BigDecimal.valueOf(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    public static String num(long v) {
        return Long.toString(v);
    }

    private static Map<String, String[]> index() {
        Map<String, String[]> m = new HashMap<>();
        for (String[] row : TEXTS) {
            if (m.put(row[0], new String[] {row[1], row[2]}) != null) {
                throw new IllegalStateException("label '" + row[0] + "' twice");
            }
        }
        return Map.copyOf(m);
    }
}
