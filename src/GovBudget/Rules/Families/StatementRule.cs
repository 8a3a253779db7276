using GovBudget.Amounts;
using GovBudget.Disclosures;
using GovBudget.Tables;

namespace GovBudget.Rules.Families;

/// <summary>Derived figures stated in the explanatory text (情况说明): shares, changes, growth and execution rates, and
/// restated table figures, each checked at the precision it is printed with.</summary>
public sealed class StatementRule : Rule
{
    /// <summary>Creates a statement rule.</summary>
    public StatementRule(string id, StatementCheck check)
        : base(id, check == StatementCheck.Source ? RuleClass.Logical : RuleClass.Verification, DescribeZh(check), DescribeEn(check))
    {
        Check = check;
    }

    /// <summary>What is checked.</summary>
    public StatementCheck Check { get; }

    /// <inheritdoc />
    public override string FormulaText => Check switch
    {
        StatementCheck.Share => "占比 = 数值 ÷ 基数",
        StatementCheck.ChangeAmount => "增减额 = 本年数 − 上年数",
        StatementCheck.ChangeRate => "增长率 = (本年数 − 上年数) ÷ 上年数",
        StatementCheck.ExecutionRate => "执行率 = 执行数 ÷ 预算数",
        _ => "说明中的数值 = 所引表格单元格",
    };

    /// <inheritdoc />
    public override IReadOnlyList<string> Tables => [];

    /// <summary>The address a statement is reported at: its source cell, or a pseudo-cell of the 说明 text.</summary>
    public static CellAddress LocationOf(NarrativeStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (statement.Source is { } source)
        {
            return source;
        }

        var subject = string.Join(string.Empty, statement.Subject.Where(c => !char.IsWhiteSpace(c)));
        return new CellAddress("说明", RowKey.Item(subject.Length == 0 ? "?" : subject), statement.Kind.ToString());
    }

    /// <inheritdoc />
    protected override IEnumerable<Finding> EvaluateCore(RuleContext context)
    {
        foreach (var statement in context.Disclosure.Statements)
        {
            var finding = Evaluate(context, statement);
            if (finding is not null)
            {
                yield return statement.Span is { } span ? WithSpan(finding, statement, span) : finding;
            }
        }
    }

    /// <summary>A finding on a statement read from the text names the sentence and where it stands.</summary>
    private static Finding WithSpan(Finding finding, NarrativeStatement statement, TextSpan span)
    {
        var text = statement.Text ?? statement.Subject;
        return finding with
        {
            MessageZh = $"{finding.MessageZh}（说明{span.ToStringZh()}：“{text}”）",
            MessageEn = $"{finding.MessageEn} (text {span}: \"{text}\")",
        };
    }

    private Finding? Evaluate(RuleContext context, NarrativeStatement s)
    {
        var location = LocationOf(s);
        if (s is { Kind: StatementKind.Change, Base: null, Value: { } v, Difference: { } d } && v.Precision == d.Precision && Check == StatementCheck.ChangeRate)
        {
            // "比上年增加 X，增长 Y%": the base is this year's value minus the change; its interval is the difference of intervals.
            var derived = Operand.Sum([(false, Operand.Of(v, new Contributor(location, v))), (true, Operand.Of(d, new Contributor(DifferenceAt(location), d)))]);
            return s.Rate is { } r
                ? context.CompareRate(this, location, r, Operand.Of(d, new Contributor(DifferenceAt(location), d)), derived, $"{s.Subject} 增长率", $"the growth rate of {s.Subject}")
                : null;
        }

        var here = new Contributor(location, s.Value);

        switch (Check)
        {
            case StatementCheck.Share when s.Kind == StatementKind.Share && s is { Rate: { } rate, Value: { } value, Base: { } @base }:
                return context.CompareRate(this, location, rate, Operand.Of(value, here), Operand.Of(@base, new Contributor(BaseAt(s, location), @base)), $"{s.Subject} 占比", $"the share of {s.Subject}");
            case StatementCheck.ExecutionRate when s.Kind == StatementKind.Execution && s is { Rate: { } rate, Value: { } value, Base: { } @base }:
                return context.CompareRate(this, location, rate, Operand.Of(value, here), Operand.Of(@base, new Contributor(BaseAt(s, location), @base)), $"{s.Subject} 执行率", $"the execution rate of {s.Subject}");
            case StatementCheck.ChangeAmount when s.Kind == StatementKind.Change && s is { Difference: { } difference, Value: { } value, Base: { } @base }:
                return context.Compare(this, location, Operand.Of(difference, new Contributor(DifferenceAt(location), difference)), Operand.Sum([(false, Operand.Of(value, here)), (true, Operand.Of(@base, new Contributor(BaseAt(s, location), @base)))]), display: difference.Precision);
            case StatementCheck.ChangeRate when s.Kind == StatementKind.Change && s is { Rate: { } rate, Base: { } @base }:
            {
                var change = s.Value is { } value
                    ? Operand.Sum([(false, Operand.Of(value, here)), (true, Operand.Of(@base, new Contributor(BaseAt(s, location), @base)))])
                    : s.Difference is { } difference ? Operand.Of(difference, new Contributor(DifferenceAt(location), difference)) : null;
                return change is null ? null : context.CompareRate(this, location, rate, change, Operand.Of(@base, new Contributor(BaseAt(s, location), @base)), $"{s.Subject} 增长率", $"the growth rate of {s.Subject}");
            }

            case StatementCheck.Source when s is { Source: { } source, Value: { } value }:
            {
                var cell = context.Cell(source);
                if (context.IsUnknown(cell.Contributors[0]))
                {
                    return s is { BaseSource: { } b, Base: { } bv } ? Restated(context, b, bv) : null;
                }

                return context.Compare(this, source, Operand.Of(value, new Contributor(new CellAddress("说明", source.Row, source.ColumnId), value)), cell, display: value.Precision)
                    ?? (s is { BaseSource: { } b2, Base: { } bv2 } ? Restated(context, b2, bv2) : null);
            }

            case StatementCheck.Source when s is { BaseSource: { } baseSource, Base: { } baseValue }:
                return Restated(context, baseSource, baseValue);

            default:
                return null;
        }
    }

    /// <summary>
    /// Where a statement's base stands: the cell it is restated from, or a figure of the text of its own — never the
    /// value's cell (the location), since the joint 尾差 decision takes one cell for one quantity.
    /// </summary>
    private static CellAddress BaseAt(NarrativeStatement s, CellAddress location) => s.BaseSource ?? new CellAddress("说明", location.Row, location.ColumnId + ".基数");

    /// <summary>Where a statement's difference stands: a figure of the text of its own.</summary>
    private static CellAddress DifferenceAt(CellAddress location) => new("说明", location.Row, location.ColumnId + ".增减");

    /// <summary>A base restated from a cell (<see cref="NarrativeStatement.BaseSource"/>) against that cell.</summary>
    private Finding? Restated(RuleContext context, CellAddress source, ReportedValue value)
    {
        var cell = context.Cell(source);
        return context.IsUnknown(cell.Contributors[0])
            ? null
            : context.Compare(this, source, Operand.Of(value, new Contributor(new CellAddress("说明", source.Row, source.ColumnId), value)), cell, display: value.Precision);
    }

    private static string DescribeZh(StatementCheck check) => check switch
    {
        StatementCheck.Share => "说明中的占比应等于数值除以基数",
        StatementCheck.ChangeAmount => "说明中的增减额应等于本年数减上年数",
        StatementCheck.ChangeRate => "说明中的增长率应等于增减额除以上年数",
        StatementCheck.ExecutionRate => "说明中的执行率应等于执行数除以预算数",
        _ => "说明中引用的数值应与表格一致",
    };

    private static string DescribeEn(StatementCheck check) => check switch
    {
        StatementCheck.Share => "Stated shares equal value ÷ base",
        StatementCheck.ChangeAmount => "Stated changes equal this year − last year",
        StatementCheck.ChangeRate => "Stated growth rates equal change ÷ last year",
        StatementCheck.ExecutionRate => "Stated execution rates equal actual ÷ budget",
        _ => "Figures restated in the text equal the table cell",
    };
}
