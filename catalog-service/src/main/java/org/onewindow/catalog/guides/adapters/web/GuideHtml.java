package org.onewindow.catalog.guides.adapters.web;

import org.onewindow.catalog.items.adapters.web.Fee;
import org.onewindow.catalog.items.adapters.web.ItemDefinition;
import org.onewindow.catalog.items.adapters.web.Material;
import org.onewindow.catalog.items.domain.Channel;

/** Renders a {@link Guide} as a self-contained UTF-8 HTML page. */
final class GuideHtml {

    private static final java.util.List<String> MATERIAL_COLUMNS = java.util.List.of("材料名称", "是否必需", "原件", "复印件", "容缺受理", "空白表格");

    /**
     * Most citizens open a guide on a phone: one column, readable sizes, long codes and references wrapped instead
     * of widening the page; below 40em the terms stack over their values and each material becomes a labelled card
     * (a six-column table cannot fit 375 px). Inline style only: the page loads nothing else (CSP: 'self').
     */
    static final String STYLE = "*{box-sizing:border-box}"
            + "html{-webkit-text-size-adjust:100%;text-size-adjust:100%}"
            + "body{font-family:system-ui,-apple-system,\"PingFang SC\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",sans-serif;"
            + "font-size:16px;line-height:1.6;color:#1a1a1a;max-width:48em;margin:0 auto;padding:0 16px 32px;"
            + "overflow-wrap:anywhere;word-break:break-word}"
            + "h1{font-size:1.5em;line-height:1.3;margin:.8em 0}"
            + "h2{font-size:1.2em;margin:1.5em 0 .5em;padding-bottom:.2em;border-bottom:1px solid #ccc}"
            + ".status{padding:.5em .8em;background:#fff4e5;border-left:4px solid #e67e00}"
            + "dl{display:grid;grid-template-columns:max-content 1fr;gap:.3em 1em;margin:0}"
            + "dt{font-weight:600;color:#555}dd{margin:0}"
            + "ul{padding-left:1.3em}li{margin:.2em 0}"
            + "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.35em .5em;text-align:left;vertical-align:top}"
            + "th{background:#f3f3f3}"
            + "@media (max-width:40em){dl{grid-template-columns:1fr;gap:0}dd{margin-bottom:.6em}"
            + "table.materials thead{display:none}table.materials,table.materials tbody,table.materials tr,table.materials td{display:block;width:100%}"
            + "table.materials tr{border:1px solid #999;border-radius:6px;margin:0 0 .8em;padding:.4em .6em}"
            + "table.materials td{border:0;padding:.1em 0}"
            + "table.materials td::before{content:attr(data-label) \"：\";font-weight:600;color:#555}}";

    private GuideHtml() {
    }

    static String render(Guide guide) {
        ItemDefinition d = guide.item();
        HtmlWriter h = new HtmlWriter();
        h.raw("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>").text(d.name())
                .raw(" — 办事指南</title><style>").raw(STYLE).raw("</style></head><body>");
        h.element("h1", d.name() + " 办事指南");
        if (!"PUBLISHED".equals(guide.status())) {
            h.raw("<p class=\"status\"><strong>").text("本事项当前状态：" + guide.status() + "，暂不受理新申请").raw("</strong></p>");
        }
        h.open("dl");
        pair(h, "事项编码", guide.itemCode() + "（第 " + guide.version() + " 版）");
        pair(h, "事项类型", d.type() == null ? "" : d.type().label());
        pair(h, "实施主体", guide.departments().implementing());
        pair(h, "承办机构", d.handlingUnit());
        pair(h, "监管部门", guide.departments().supervising());
        pair(h, "设定依据", d.legalBasis());
        pair(h, "办件类型", d.immediate() ? "即办件" : "承诺件");
        pair(h, "承诺时限", d.promisedLimit() + " 个工作日");
        pair(h, "法定时限", d.statutoryLimit() + " 个工作日");
        pair(h, "到现场次数", d.visitsRequired() == null ? "" : d.visitsRequired() == 0 ? "零跑腿" : "最多跑 " + d.visitsRequired() + " 次");
        pair(h, "办理结果", d.resultType() == null ? "" : d.resultType().label());
        h.close("dl");

        h.element("h2", "受理条件").open("ul");
        d.acceptanceConditions().forEach(c -> h.element("li", c));
        h.close("ul");

        h.element("h2", "申请材料").raw("<table class=\"materials\"><thead><tr>");
        MATERIAL_COLUMNS.forEach(c -> h.element("th", c));
        h.raw("</tr></thead><tbody>");
        for (Material m : d.materials()) {
            h.open("tr");
            cell(h, 0, m.name());
            cell(h, 1, m.required() ? "必需" : "非必需");
            cell(h, 2, Integer.toString(m.originalCount()));
            cell(h, 3, Integer.toString(m.copyCount()));
            cell(h, 4, m.deferrable() ? "可容缺" : "否");
            cell(h, 5, m.templateRef() == null ? "—" : m.templateRef());
            h.close("tr");
        }
        h.raw("</tbody></table>");

        h.element("h2", "收费标准");
        if (d.fees().isEmpty()) {
            h.element("p", "不收费");
        } else {
            h.open("ul");
            for (Fee f : d.fees()) {
                h.element("li", f.name() + "：" + f.amount().toPlainString() + " 元（依据：" + f.legalBasis() + "）");
            }
            h.close("ul");
        }

        h.element("h2", "办理渠道").open("ul");
        d.channels().stream().sorted().map(Channel::label).forEach(c -> h.element("li", c));
        h.close("ul");

        h.element("h2", "办理地点").open("ul");
        guide.whereToApply().forEach(p -> h.element("li", p.name() + "（" + p.basis() + "）"));
        h.close("ul");
        return h.raw("</body></html>").toString();
    }

    /** A table cell that names its column, so the narrow layout can show each material as a labelled card. */
    private static void cell(HtmlWriter h, int column, String value) {
        h.raw("<td data-label=\"").text(MATERIAL_COLUMNS.get(column)).raw("\">").text(value).raw("</td>");
    }

    private static void pair(HtmlWriter h, String term, String value) {
        h.element("dt", term).element("dd", value);
    }
}
