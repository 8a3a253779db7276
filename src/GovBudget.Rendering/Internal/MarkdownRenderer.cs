using System.Text;
using GovBudget.Disclosures;
using GovBudget.Rules;

namespace GovBudget.Rendering.Internal;

/// <summary>Writes GitHub-flavoured markdown: one section per table with a pipe table, findings marked in the cells.</summary>
internal static class MarkdownRenderer
{
    private const string IndentUnit = "\u3000";

    public static string Render(Disclosure disclosure, Labels labels, FindingIndex findings, IReadOnlyList<Section> sections)
    {
        var md = new StringBuilder(32 * 1024);
        md.Append("# ").Append(Escape(labels.DocumentTitle(disclosure))).Append("\n\n");
        var units = string.Join("、", disclosure.Department.Units.Select(u => u.Code + " " + u.Name));
        md.Append(labels.Z("部门：", "Department: ")).Append(Escape((disclosure.Department.Code is { } code ? code + " " : string.Empty) + disclosure.Department.Name));
        if (units.Length > 0)
        {
            md.Append(labels.Z("；单位：", "; units: ")).Append(Escape(units));
        }

        md.Append("\n\n");
        foreach (var section in sections)
        {
            md.Append("## ").Append(Escape(section.Title)).Append("\n\n");
            if (section.Subtitle is { } subtitle)
            {
                md.Append(Escape(subtitle)).Append("\n\n");
            }

            if (section.UnitLine is { } unit)
            {
                md.Append(Escape(unit)).Append("\n\n");
            }

            foreach (var grid in section.Grids)
            {
                WriteGrid(md, grid, findings);
            }

            foreach (var note in section.Notes)
            {
                md.Append("> ").Append(Escape(note)).Append("\n\n");
            }
        }

        WriteList(md, labels.Z("其他重要事项", "Other reported figures"), FigureLists.Figures(disclosure, labels), findings);
        WriteList(md, labels.Z("情况说明中的数字", "Figures stated in the text"), FigureLists.Statements(disclosure), findings);
        if (!findings.IsEmpty)
        {
            md.Append("## ").Append(labels.Z("审核发现", "Findings")).Append("\n\n| ")
                .Append(labels.Z("规则", "Rule")).Append(" | ").Append(labels.Z("严重程度", "Severity")).Append(" | ")
                .Append(labels.Z("位置", "Location")).Append(" | ").Append(labels.Z("说明", "Message")).Append(" |\n| --- | --- | --- | --- |\n");
            foreach (var f in findings.All)
            {
                md.Append("| `").Append(f.RuleId).Append("` | ").Append(Escape(labels.Severity(f.Severity))).Append(" | ")
                    .Append(Escape(f.Location.ToString())).Append(" | ").Append(Escape(f.Message(labels.Language))).Append(" |\n");
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    private static void WriteGrid(StringBuilder md, Grid grid, FindingIndex findings)
    {
        if (grid.Caption is { } caption)
        {
            md.Append("**").Append(Escape(caption)).Append("**\n\n");
        }

        md.Append("| ").Append(string.Join(" | ", grid.FlatHeaders.Select(Escape))).Append(" |\n|");
        for (var i = 0; i < grid.FlatHeaders.Count; i++)
        {
            md.Append(' ').Append(IsNumericColumn(grid, i) ? "---:" : "---").Append(" |");
        }

        md.Append('\n');
        if (grid.NumberRow is { } numbers)
        {
            md.Append("| ").Append(string.Join(" | ", numbers.Select(c => Escape(c.Text)))).Append(" |\n");
        }

        foreach (var row in grid.Body)
        {
            md.Append("| ").Append(string.Join(" | ", row.Cells.Select(c => Cell(c, findings.At(c.Address))))).Append(" |\n");
        }

        md.Append('\n');
    }

    private static bool IsNumericColumn(Grid grid, int column)
        => grid.Body.Count > 0 && grid.Body.All(r => column < r.Cells.Count && (r.Cells[column].Numeric || r.Cells[column].Text.Length == 0))
            && grid.Body.Any(r => column < r.Cells.Count && r.Cells[column].Numeric);

    private static string Cell(GridCell cell, IReadOnlyList<Finding> found)
    {
        var text = string.Concat(Enumerable.Repeat(IndentUnit, cell.Indent)) + Escape(cell.Text);
        return found.Count == 0 ? text : $"**{text}** [{HtmlRenderer.RuleIds(found)}]";
    }

    private static void WriteList(StringBuilder md, string heading, List<ListEntry> entries, FindingIndex findings)
    {
        if (entries.Count == 0)
        {
            return;
        }

        md.Append("## ").Append(heading).Append("\n\n");
        foreach (var entry in entries)
        {
            var found = findings.At(entry.Address);
            md.Append("- ").Append(Escape(entry.Text));
            if (found.Count > 0)
            {
                md.Append(" [").Append(HtmlRenderer.RuleIds(found)).Append(']');
            }

            md.Append('\n');
        }

        md.Append('\n');
    }

    /// <summary>Escapes pipe-table and inline markdown syntax; line breaks become spaces.</summary>
    internal static string Escape(string text)
    {
        text = SafeText.Clean(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '|' or '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>':
                    builder.Append('\\').Append(c);
                    break;
                case '\r':
                    break;
                case '\n' or '\t':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
