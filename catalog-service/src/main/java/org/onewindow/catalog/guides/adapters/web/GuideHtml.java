package org.onewindow.catalog.guides.adapters.web;

import org.onewindow.catalog.items.adapters.web.Fee;
import org.onewindow.catalog.items.adapters.web.ItemDefinition;
import org.onewindow.catalog.items.adapters.web.Material;
import org.onewindow.catalog.items.domain.Channel;

/** Renders a {@link Guide} as a self-contained UTF-8 HTML page. */
final class GuideHtml {

    private GuideHtml() {
    }

    static String render(Guide guide) {
        ItemDefinition d = guide.item();
        HtmlWriter h = new HtmlWriter();
        h.raw("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"UTF-8\"><title>").text(d.name())
                .raw(" — 办事指南</title><style>body{font-family:sans-serif;max-width:60em;margin:auto}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em}</style></head><body>");
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

        h.element("h2", "申请材料").raw("<table class=\"materials\"><thead><tr>")
                .element("th", "材料名称").element("th", "是否必需").element("th", "原件").element("th", "复印件")
                .element("th", "容缺受理").element("th", "空白表格").raw("</tr></thead><tbody>");
        for (Material m : d.materials()) {
            h.open("tr").element("td", m.name()).element("td", m.required() ? "必需" : "非必需")
                    .element("td", Integer.toString(m.originalCount())).element("td", Integer.toString(m.copyCount()))
                    .element("td", m.deferrable() ? "可容缺" : "否").element("td", m.templateRef() == null ? "—" : m.templateRef())
                    .close("tr");
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

    private static void pair(HtmlWriter h, String term, String value) {
        h.element("dt", term).element("dd", value);
    }
}
