using System.Globalization;
using System.Text;
using GovBudget.Disclosures;
using GovBudget.Rules;

namespace GovBudget.Rendering.Internal;

/// <summary>Writes the self-contained HTML page (XHTML-compatible HTML5: inline CSS and SVG, no scripts, no URLs).</summary>
internal static class HtmlRenderer
{
    private const string Css = """
        body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", "SimSun", sans-serif; margin: 24px auto; max-width: 1200px; color: #222; }
        h1 { text-align: center; font-size: 24px; }
        h2 { text-align: center; font-size: 18px; margin: 32px 0 6px; }
        h3 { font-size: 14px; margin: 12px 0 4px; }
        p.meta { text-align: center; color: #555; }
        nav ol { columns: 2; font-size: 13px; }
        p.subtitle { margin: 2px 0; font-size: 13px; }
        p.unit { text-align: right; font-size: 12px; margin: 0 0 2px; }
        p.note { font-size: 12px; color: #444; margin: 2px 0; }
        table { border-collapse: collapse; width: 100%; font-size: 13px; margin: 0 0 6px; }
        div.scroll { overflow-x: auto; }
        table.dense { font-size: 11px; } table.dense th, table.dense td { padding: 2px 3px; }
        caption { text-align: left; font-weight: bold; padding: 4px 0; }
        th, td { border: 1px solid #777; padding: 3px 6px; }
        th { background: #eef1f5; font-weight: bold; text-align: center; }
        tr.colno td { background: #f7f7f7; text-align: center; color: #555; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        td.name { min-width: 9em; }
        tr.total td { font-weight: bold; }
        table td.i1 { padding-left: 1.4em; } table td.i2 { padding-left: 2.6em; } table td.i3 { padding-left: 3.8em; }
        .f-error { background: #f8d0d3; } .f-inconsistency { background: #ffdcb0; } .f-warning { background: #fff1b8; } .f-info { background: #dceefc; }
        sup.rule { font-size: 9px; color: #a10000; margin-left: 3px; font-weight: normal; }
        section.charts { text-align: center; }
        figure.chart { display: inline-block; margin: 8px 16px; vertical-align: top; }
        figcaption { text-align: center; font-size: 13px; }
        svg text { font-size: 12px; fill: #222; }
        svg text.value { font-weight: bold; }
        svg text.unit { fill: #555; font-size: 11px; }
        ul.figures li { margin: 2px 0; }
        table.legend td.rule { white-space: nowrap; font-family: monospace; }
        @page wide { size: landscape; }
        @media print { nav, section.charts { display: none; } section.table { break-before: page; } section.table.wide { page: wide; } div.scroll { overflow: visible; } thead { display: table-header-group; } tr { break-inside: avoid; } body { margin: 0; max-width: none; } }
        """;

    /// <summary>The number of columns from which a table is printed on a landscape page.</summary>
    private const int WideColumns = 12;

    public static string Render(Disclosure disclosure, Labels labels, FindingIndex findings, bool includeCharts, IReadOnlyList<Section> sections)
    {
        var html = new StringBuilder(64 * 1024);
        var title = labels.DocumentTitle(disclosure);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(labels.HtmlLang).Append("\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>").Append(Html.Escape(title)).Append("</title>\n")
            .Append("<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<header>\n<h1>").Append(Html.Escape(title)).Append("</h1>\n<p class=\"meta\">")
            .Append(Html.Escape(Meta(disclosure, labels))).Append("</p>\n</header>\n");

        html.Append("<nav>\n<ol>\n");
        for (var i = 0; i < sections.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#t{i + 1}\">").Append(Html.Escape(sections[i].Title + (sections[i].Subtitle is { } s ? " — " + s : string.Empty))).Append("</a></li>\n");
        }

        html.Append("</ol>\n</nav>\n");

        if (includeCharts)
        {
            var charts = ChartData.For(disclosure, labels);
            if (charts.Count > 0)
            {
                html.Append("<section class=\"charts\">\n<h2>").Append(Html.Escape(labels.Z("图表", "Charts"))).Append("</h2>\n");
                foreach (var chart in charts)
                {
                    SvgCharts.Write(html, chart, labels);
                }

                html.Append("</section>\n");
            }
        }

        for (var i = 0; i < sections.Count; i++)
        {
            WriteSection(html, sections[i], i + 1, findings, labels);
        }

        WriteList(html, labels.Z("其他重要事项", "Other reported figures"), FigureLists.Figures(disclosure, labels), findings, labels);
        WriteList(html, labels.Z("情况说明中的数字", "Figures stated in the text"), FigureLists.Statements(disclosure), findings, labels);
        if (!findings.IsEmpty)
        {
            WriteLegend(html, findings, labels);
        }

        if (findings.Report is { } report && (report.RuleStatuses.Count > 0 || report.NotChecked.Count > 0))
        {
            WriteNotChecked(html, report, labels);
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string Meta(Disclosure disclosure, Labels labels)
    {
        var units = string.Join("、", disclosure.Department.Units.Select(u => u.Code + " " + u.Name));
        var department = (disclosure.Department.Code is { } code ? code + " " : string.Empty) + disclosure.Department.Name;
        return labels.Z("部门：", "Department: ") + department + (units.Length > 0 ? labels.Z("；单位：", "; units: ") + units : string.Empty);
    }

    private static void WriteSection(StringBuilder html, Section section, int index, FindingIndex findings, Labels labels)
    {
        // A table of 12 columns or more is printed on a landscape page, as published documents print their wide tables
        // (表10 项目支出表, the older layout's three-block L1): on a portrait page its right columns would be cut off.
        var wide = section.Grids.Any(g => g.FlatHeaders.Count >= WideColumns) ? " wide" : string.Empty;
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"table{wide}\" id=\"t{index}\" data-table=\"{Html.Escape(section.Id)}\">\n<h2>").Append(Html.Escape(section.Title)).Append("</h2>\n");
        if (section.Subtitle is { } subtitle)
        {
            html.Append("<p class=\"subtitle\">").Append(Html.Escape(subtitle)).Append("</p>\n");
        }

        if (section.UnitLine is { } unit)
        {
            html.Append("<p class=\"unit\">").Append(Html.Escape(unit)).Append("</p>\n");
        }

        foreach (var grid in section.Grids)
        {
            WriteGrid(html, grid, findings, labels);
        }

        foreach (var note in section.Notes)
        {
            html.Append("<p class=\"note\">").Append(Html.Escape(note)).Append("</p>\n");
        }

        html.Append("</section>\n");
    }

    private static void WriteGrid(StringBuilder html, Grid grid, FindingIndex findings, Labels labels)
    {
        // Wide tables (L9 项目支出预算明细表 prints 23 columns) get a smaller font and scroll rather than overflow the page.
        html.Append("<div class=\"scroll\">\n").Append(grid.FlatHeaders.Count > 12 ? "<table class=\"dense\">\n" : "<table>\n");
        if (grid.Caption is { } caption)
        {
            html.Append("<caption>").Append(Html.Escape(caption)).Append("</caption>\n");
        }

        html.Append("<thead>\n");
        foreach (var row in grid.Head)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<th");
                if (cell.ColSpan > 1)
                {
                    html.Append(CultureInfo.InvariantCulture, $" colspan=\"{cell.ColSpan}\"");
                }

                if (cell.RowSpan > 1)
                {
                    html.Append(CultureInfo.InvariantCulture, $" rowspan=\"{cell.RowSpan}\"");
                }

                html.Append('>').Append(Html.Escape(cell.Text)).Append("</th>");
            }

            html.Append("</tr>\n");
        }

        if (grid.NumberRow is { } numbers)
        {
            html.Append("<tr class=\"colno\">");
            foreach (var cell in numbers)
            {
                html.Append("<td>").Append(Html.Escape(cell.Text)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</thead>\n<tbody>\n");
        foreach (var row in grid.Body)
        {
            html.Append(row.Strong ? "<tr class=\"total\">" : "<tr>");
            foreach (var cell in row.Cells)
            {
                WriteCell(html, cell, findings.At(cell.Address), labels);
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</div>\n");
    }

    private static void WriteCell(StringBuilder html, GridCell cell, IReadOnlyList<Finding> found, Labels labels)
    {
        var classes = new List<string>();
        if (cell.Numeric)
        {
            classes.Add("num");
        }

        if (cell.Name)
        {
            classes.Add("name");
        }

        if (cell.Indent > 0)
        {
            classes.Add("i" + Numbers.Format(Math.Min(cell.Indent, 3)));
        }

        if (found.Count > 0)
        {
            classes.Add(Labels.SeverityClass(found.Max(f => f.Severity)));
        }

        html.Append("<td");
        if (classes.Count > 0)
        {
            html.Append(" class=\"").Append(string.Join(' ', classes)).Append('"');
        }

        if (found.Count > 0)
        {
            html.Append(" title=\"").Append(Html.Escape(string.Join("\n", found.Select(f => f.RuleId + ": " + f.Message(labels.Language))))).Append('"');
        }

        html.Append('>').Append(Html.Escape(cell.Text));
        if (found.Count > 0)
        {
            html.Append("<sup class=\"rule\">").Append(Html.Escape(RuleIds(found))).Append("</sup>");
        }

        html.Append("</td>");
    }

    internal static string RuleIds(IReadOnlyList<Finding> found) => string.Join(", ", found.Select(f => f.RuleId).Distinct(StringComparer.Ordinal));

    private static void WriteList(StringBuilder html, string heading, List<ListEntry> entries, FindingIndex findings, Labels labels)
    {
        if (entries.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"list\">\n<h2>").Append(Html.Escape(heading)).Append("</h2>\n<ul class=\"figures\">\n");
        foreach (var entry in entries)
        {
            var found = findings.At(entry.Address);
            if (found.Count == 0)
            {
                html.Append("<li>").Append(Html.Escape(entry.Text)).Append("</li>\n");
                continue;
            }

            html.Append("<li class=\"").Append(Labels.SeverityClass(found.Max(f => f.Severity))).Append("\" title=\"")
                .Append(Html.Escape(string.Join("\n", found.Select(f => f.RuleId + ": " + f.Message(labels.Language))))).Append("\">")
                .Append(Html.Escape(entry.Text)).Append("<sup class=\"rule\">").Append(Html.Escape(RuleIds(found))).Append("</sup></li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    /// <summary>What the rules did: how many ran, and every rule that did not run fully and every relation not checked, with why.</summary>
    private static void WriteNotChecked(StringBuilder html, ValidationReport report, Labels labels)
    {
        var statuses = report.RuleStatuses;
        html.Append("<section class=\"legend not-checked\">\n<h2>").Append(Html.Escape(labels.Z("规则核对情况", "What the rules checked"))).Append("</h2>\n");
        if (statuses.Count > 0)
        {
            var counts = labels.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase)
                ? $"{report.CountRules(RuleState.Ran)} ran, {report.CountRules(RuleState.Partly)} partly, {report.CountRules(RuleState.NotChecked)} not checked, {report.CountRules(RuleState.NotApplicable)} not applicable, {report.CountRules(RuleState.Disabled)} disabled"
                : $"已核对 {report.CountRules(RuleState.Ran)}，部分核对 {report.CountRules(RuleState.Partly)}，无法核对 {report.CountRules(RuleState.NotChecked)}，不适用 {report.CountRules(RuleState.NotApplicable)}，已停用 {report.CountRules(RuleState.Disabled)}";
            html.Append("<p>").Append(Html.Escape(counts)).Append("</p>\n");
        }

        html.Append("<table class=\"legend\">\n<thead>\n<tr><th>").Append(Html.Escape(labels.Z("规则", "Rule"))).Append("</th><th>")
            .Append(Html.Escape(labels.Z("说明", "Message"))).Append("</th></tr>\n</thead>\n<tbody>\n");
        foreach (var status in statuses.Where(s => s.State != RuleState.Ran))
        {
            html.Append("<tr><td class=\"rule\">").Append(Html.Escape(status.RuleId)).Append("</td><td>").Append(Html.Escape(status.Message(labels.Language))).Append("</td></tr>\n");
        }

        foreach (var skipped in report.NotChecked)
        {
            html.Append("<tr><td class=\"rule\">").Append(Html.Escape(skipped.RuleId)).Append("</td><td>").Append(Html.Escape(skipped.Message(labels.Language))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    private static void WriteLegend(StringBuilder html, FindingIndex findings, Labels labels)
    {
        html.Append("<section class=\"legend\">\n<h2>").Append(Html.Escape(labels.Z("审核发现", "Findings"))).Append("</h2>\n<table class=\"legend\">\n<thead>\n<tr><th>")
            .Append(Html.Escape(labels.Z("规则", "Rule"))).Append("</th><th>").Append(Html.Escape(labels.Z("严重程度", "Severity"))).Append("</th><th>")
            .Append(Html.Escape(labels.Z("位置", "Location"))).Append("</th><th>").Append(Html.Escape(labels.Z("说明", "Message"))).Append("</th></tr>\n</thead>\n<tbody>\n");
        foreach (var finding in findings.All)
        {
            html.Append("<tr class=\"").Append(Labels.SeverityClass(finding.Severity)).Append("\"><td class=\"rule\">").Append(Html.Escape(finding.RuleId))
                .Append("</td><td>").Append(Html.Escape(labels.Severity(finding.Severity)))
                .Append("</td><td>").Append(Html.Escape(finding.Location.ToString()))
                .Append("</td><td>").Append(Html.Escape(finding.Message(labels.Language))).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }
}
