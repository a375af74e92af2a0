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
        {"no.people", "没有逐时人员统计（kpis.csv 或事件日志中均无）。", "No hourly people counts (kpis.csv or people-status events)."},
        {"no.flood", "没有逐时水情统计。", "No flood-status events."},
        {"rating.P", "P 无挑战地完成", "P performed without challenges"},
        {"rating.S", "S 完成但存在一些挑战", "S performed with some challenges"},
        {"rating.M", "M 完成但存在重大挑战", "M performed with major challenges"},
        {"rating.U", "U 未能完成", "U unable to be performed"},
        {"c.people", "人员状态（逐时，来源 %s）；竖线为情景注入时刻", "People by status (hourly, from %s); vertical lines mark injects"},
        {"c.flood", "水情（逐时统计）；竖线为情景注入时刻", "Flood (hourly flood-status events); vertical lines mark injects"},
        {"m.at", "%s 时的水深（%s）", "Water depth at %s (%s)"},
        {"m.max", "全程最大水深（%s）", "Maximum depth over the run (%s)"},
        {"m.inject", "此时触发：%s", "inject fired then: %s"},
        {"m.noinject", "此时无情景注入", "no inject fired then"},
        {"m.stats", "最大水深 %s 米，水深不低于 0.1 米的网格 %s 个", "deepest %s m, %s cells at 0.1 m or more"},
        {"f.kpi", "%s：%s = %s %s（目标 %s）", "%s: %s = %s %s (target %s)"},
        {"f.action.met", "注入「%1$s」：%3$s 于 %4$s 下达%2$s，注入后 %5$s 分钟（时限 %6$s 分钟）",
            "Inject \"%1$s\": %2$s given by %3$s at %4$s, %5$s min after the inject (window %6$s min)"},
        {"f.action.early", "注入「%1$s」：%3$s 于 %4$s 提前下达%2$s，早于注入 %5$s 分钟（提前处置）",
            "Inject \"%1$s\": %2$s given by %3$s at %4$s, %5$s min before the inject (taken early)"},
        {"taken.early", "提前处置", "taken early"},
        {"e.taken-in-time", "%1$s %2$s（%3$s）在注入「%5$s」后 %4$s 分钟下达",
            "%1$s %2$s (%3$s), %4$s min after inject \"%5$s\""},
        {"e.taken-early", "%1$s %2$s（%3$s）早于注入「%5$s」%4$s 分钟下达（提前处置）",
            "%1$s %2$s (%3$s), %4$s min before inject \"%5$s\" (taken early)"},
        {"e.not-taken", "注入「%4$s」后 %3$s 分钟内未下达%1$s%2$s", "no %1$s%2$s within %3$s min of inject \"%4$s\""},
        {"e.never-fired", "注入「%s」未触发", "inject \"%s\" never fired"},
        {"e.relieved", "受灾 %2$s 人中 %1$s 人得到基本生活救助；按 %4$s 小时时限评判 %3$s 人，%5$s 人受灾时间太晚尚无法评判",
            "%1$s of %2$s affected persons relieved; %3$s judged against %4$s h, %5$s too late to judge"},
        {"e.warned", "处于风险中的 %2$s 人中，%1$s 人在水到之前收到预警", "%1$s of %2$s at-risk persons warned before the water reached them"},
        {"e.deaths", "人口 %2$s 人中死亡 %1$s 人", "%1$s deaths in a population of %2$s"},
        {"e.affected", "人口 %2$s 人中受灾 %1$s 人", "%1$s affected in a population of %2$s"},
        {"e.evacuated", "风险人口中在水到之前撤离的比例", "share of the at-risk population that left before the water came"},
        {"e.trapped", "共被困 %1$s 人，获救 %2$s 人", "%1$s trapped in all, %2$s rescued"},
        {"e.rated", "观察员评级 %1$s%2$s", "observer rated %1$s%2$s"},
        {"e.rated.on", "（针对注入「%s」）", " (on inject \"%s\")"},
        {"ev.order-issued", "指令", "order"},
        {"ev.order-rejected", "指令被拒", "order refused"},
        {"ev.inject-fired", "情景注入", "inject"},
        {"ev.people-relieved", "生活救助", "relief"},
        {"ev.people-warned", "预警", "warning"},
        {"ev.casualties", "伤亡", "casualties"},
        {"ev.people-affected", "受灾", "affected"},
        {"ev.people-evacuating", "转移", "evacuation"},
        {"ev.people-trapped", "被困", "trapped"},
        {"ev.observer-rating", "观察员评级", "observer rating"},
        {"ev.other", "记录", "record"},
        {"f.action.missed", "注入「%1$s」（%2$s）后 %3$s 分钟内未下达%4$s", "no %4$s within %3$s min of inject \"%1$s\" (fired %2$s)"},
        {"f.rejected", "%1$s %2$s %3$s（%4$s）被拒绝：%5$s", "%1$s %2$s %3$s (%4$s) refused: %5$s"},
        {"policy.none", "无（由受训人员指挥）", "none (the trainees command)"},
        {"policy.auto", "自动处置", "automatic response"},
        {"policy.other", "其他处置方式", "another policy"},
        {"inject", "情景注入", "Inject"},
        {"action", "%s（时限 %s 分钟）", "%s (within %s min)"},
        {"paren", "（%s）", " (%s)"},
        {"colon", "：", ": "},
        {"list", "、", ", "},
        {"stop", "。", ". "},
        {"cap.public-warning", "公众预警与信息发布", "public information and warning"},
        {"cap.operational-coordination", "运行协调", "operational coordination"},
        {"cap.on-scene-security", "现场安全与保护", "on-scene security and protection"},
        {"cap.critical-transportation", "关键交通保障", "critical transportation"},
        {"cap.search-and-rescue", "搜救", "search and rescue"},
        {"cap.evacuation", "疏散转移", "evacuation"},
        {"cap.logistics", "后勤与物资保障", "logistics and supply chain"},
        {"cap.mass-care", "群众生活救助", "mass care"},
        {"cap.public-health", "公共卫生与医疗", "public health and medical services"},
        {"cap.operational-communications", "应急通信", "operational communications"},
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
        {"r.action", "针对注入「%s」开展专项演练：在 %s 分钟内下达%s。", "Rehearse the response to inject \"%s\": give %3$s within %2$s minutes."},
        {"r.rejected", "复核“%s”指令的程序与前提条件：%s。", "Review the procedure and preconditions of %s orders: %s."},
        {"r.observer", "落实观察员意见：%s", "Act on the observer's note: %s"},
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
        {"axis.hours", "模拟时间 (h)", "sim time (h)"},
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
