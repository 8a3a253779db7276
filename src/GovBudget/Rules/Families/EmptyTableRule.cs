using System.Text.RegularExpressions;
using GovBudget.Amounts;
using GovBudget.Collections;
using GovBudget.Disclosures;
using GovBudget.Narrative;
using GovBudget.Tables;
using GovBudget.TableSets;

namespace GovBudget.Rules.Families;

/// <summary>
/// Empty-table statements of the text (<c>本部门 2024 年无政府性基金预算财政拨款安排的预算，故本表为空表</c>, <c>本单位当年无
/// 财政拨款“三公”经费</c>) against the tables, both ways: a statement that a table is empty while it prints figures
/// (at the rule's severity, naming the first cell with a figure), and a table that prints nothing with no such
/// statement in the text (Info). Reads the text given in <see cref="ValidationOptions.Narrative"/>; tables by their
/// role (三公) or their printed name (政府性基金, 国有资本经营). Without a text, or when the document does not print the
/// table, it finds nothing.
/// </summary>
public sealed partial class EmptyTableRule : Rule
{
    private static readonly (string Key, string Zh, string En)[] Subjects =
    [
        ("政府性基金", "政府性基金预算", "government fund budget"),
        ("国有资本经营", "国有资本经营预算", "state capital operation budget"),
        ("三公", "“三公”经费", "three public expenses"),
    ];

    /// <summary>Creates the rule.</summary>
    public EmptyTableRule(string id)
        : base(id, RuleClass.Logical, "说明中的空表说明应与表格一致", "Empty-table statements of the text agree with the tables")
    {
    }

    /// <inheritdoc />
    public override string FormulaText => "说明称“无…（本表为空表）” ⇔ 表中无数";

    /// <inheritdoc />
    public override IReadOnlyList<string> Tables => [];

    /// <inheritdoc />
    internal override bool LacksText(Disclosure disclosure, ValidationOptions options)
        => options.Narrative is null && !disclosure.Tables.Any(t => t.Remark is { Length: > 0 } remark && (EmptyStatement().IsMatch(remark) || SaysItselfEmpty().IsMatch(remark)));

    /// <inheritdoc />
    protected override IEnumerable<Finding> EvaluateCore(RuleContext context)
    {
        var said = new HashSet<string>(StringComparer.Ordinal);
        var reported = new HashSet<CellAddress>();
        if (context.Options.Narrative is { } text)
        {
            foreach (var line in text.Lines)
            {
                foreach (Match m in EmptyStatement().Matches(line.Text))
                {
                    var key = KeyOf(m);
                    said.Add(key);
                    var subject = Subjects.First(s => s.Key == key);
                    if (TableOf(context.Disclosure, key) is not { } table || FirstFigure(table) is not { } figure || !reported.Add(figure.Address))
                    {
                        continue;
                    }

                    var shown = new ReportedValue(figure.Value, table.Precision);
                    var span = new TextSpan(line.Page, line.Number, m.Index + 1, line.Page, line.Number, m.Index + m.Length + 1);
                    yield return new Finding(Id, context.SeverityFor(this, withinRounding: false), figure.Address)
                    {
                        MessageZh = $"{DescriptionZh}：说明称无{subject.Zh}，但{table.Id}{table.Definition.NameZh}印有数值（{figure.Address} 为 {shown}）（说明{span.ToStringZh()}：“{line.Text.Trim()}”）",
                        MessageEn = $"{DescriptionEn}: the text says there is no {subject.En}, but {table.Id} prints figures ({figure.Address} is {shown}) (text {span}: \"{line.Text.Trim()}\")",
                        Actual = figure.Value,
                        Span = span,
                        Contributors = EquatableArray.Create(new Contributor(figure.Address, shown)),
                    };
                }
            }
        }

        // The notes printed under the tables (注：本部门无“三公”经费预算，故本表为空表), which an import keeps as the table's
        // remark and leaves out of the text: what they say of a subject, and of their own table (本表无数据).
        foreach (var noted in context.Disclosure.Tables)
        {
            if (noted.Remark is not { Length: > 0 } remark)
            {
                continue;
            }

            var note = remark.Trim();
            foreach (Match m in EmptyStatement().Matches(note))
            {
                var key = KeyOf(m);
                said.Add(key);
                var subject = Subjects.First(s => s.Key == key);
                if (TableOf(context.Disclosure, key) is { } table && FirstFigure(table) is { } figure && reported.Add(figure.Address))
                {
                    yield return NoteFinding(context, noted, note, table, figure, $"注称无{subject.Zh}", $"the note says there is no {subject.En}");
                }
            }

            if (SaysItselfEmpty().IsMatch(note) && FirstFigure(noted) is { } own && reported.Add(own.Address))
            {
                yield return NoteFinding(context, noted, note, noted, own, "注称本表为空表", "the note says the table is empty");
            }
        }

        // The other way only in a document that explains empty tables at all (a text and notes without any such
        // statement say nothing either way).
        foreach (var (key, zh, en) in Subjects)
        {
            if (said.Count == 0 || said.Contains(key) || TableOf(context.Disclosure, key) is not { } table || table.Rows.Count == 0 || FirstFigure(table) is not null)
            {
                continue;
            }

            var column = table.Definition.Columns is [var first, ..] ? first.Id : string.Empty;
            var noteZh = table.Remark is { Length: > 0 } r ? $"（表下注为：“{r.Trim()}”）" : string.Empty;
            var noteEn = table.Remark is { Length: > 0 } r2 ? $" (the note under it: \"{r2.Trim()}\")" : string.Empty;
            yield return new Finding(Id, Severity.Info, new CellAddress(table.Id, RowKey.Total, column))
            {
                MessageZh = $"{DescriptionZh}：{table.Id}{table.Definition.NameZh}无数，说明中未见“无{zh}”的说明{noteZh}",
                MessageEn = $"{DescriptionEn}: {table.Id} prints no figure, and the text does not say there is no {en}{noteEn}",
            };
        }
    }

    private Finding NoteFinding(RuleContext context, Table noted, string note, Table table, (CellAddress Address, Amount Value) figure, string saysZh, string saysEn)
    {
        var shown = new ReportedValue(figure.Value, table.Precision);
        return new Finding(Id, context.SeverityFor(this, withinRounding: false), figure.Address)
        {
            MessageZh = $"{DescriptionZh}：{noted.Id}{noted.Definition.NameZh}下的{saysZh}，但{table.Id}{table.Definition.NameZh}印有数值（{figure.Address} 为 {shown}）（表下注：“{note}”）",
            MessageEn = $"{DescriptionEn}: under {noted.Id}, {saysEn}, but {table.Id} prints figures ({figure.Address} is {shown}) (the note: \"{note}\")",
            Actual = figure.Value,
            Contributors = EquatableArray.Create(new Contributor(figure.Address, shown)),
        };
    }

    private static string KeyOf(Match m) => m.Groups["what"].Value.Contains('三', StringComparison.Ordinal) ? "三公" : m.Groups["what"].Value;

    private static Table? TableOf(Disclosure disclosure, string key)
        => key == "三公"
            ? disclosure.FindTableByRole(TableRoles.ThreePublic)
            : disclosure.Tables.FirstOrDefault(t => t.Definition.NameZh.Contains(key, StringComparison.Ordinal) && !t.Definition.NameZh.Contains("收支总", StringComparison.Ordinal));

    private static (CellAddress Address, Amount Value)? FirstFigure(Table table)
    {
        foreach (var (address, cell) in table.EnumerateCells())
        {
            if (cell.Amount is { IsZero: false } amount && table.IsPrinted(address.ColumnId))
            {
                return (address, amount);
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?:无|没有使用|没有)[^，。；,;]{0,10}?(?<what>政府性基金|国有资本经营|“三公”|三公)")]
    private static partial Regex EmptyStatement();

    /// <summary>A note that says its own table is empty.</summary>
    [GeneratedRegex(@"本表(?:无数据|为空表|无数)")]
    private static partial Regex SaysItselfEmpty();
}
