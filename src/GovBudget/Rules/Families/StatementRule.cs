using GovBudget.Amounts;
using GovBudget.Collections;
using GovBudget.Disclosures;
using GovBudget.Tables;

namespace GovBudget.Rules.Families;

/// <summary>Derived figures stated in the explanatory text (情况说明): shares, changes, growth and execution rates, and
/// restated table figures, each checked at the precision it is printed with.</summary>
public sealed class StatementRule : Rule
{
    /// <summary>Creates a statement rule.</summary>
    public StatementRule(string id, StatementCheck check)
        : base(id, check is StatementCheck.Source or StatementCheck.Twice or StatementCheck.Basis ? RuleClass.Logical : RuleClass.Verification, DescribeZh(check), DescribeEn(check))
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
        StatementCheck.Twice => "同一段落中同一指标的数值 = 该指标的另一处数值",
        StatementCheck.Basis => "完成率 = 执行数 ÷ 所称口径的预算数（年初预算或全年预算）",
        StatementCheck.ZeroBase => "比率的基数 ≠ 0",
        _ => "说明中的数值 = 所引表格单元格",
    };

    /// <inheritdoc />
    public override IReadOnlyList<string> Tables => [];

    /// <inheritdoc />
    internal override bool LacksText(Disclosure disclosure, ValidationOptions options)
        => options.Narrative is null && disclosure.Statements.Count == 0;

    /// <summary>The address a statement is reported at: its source cell, or a pseudo-cell of the 说明 text.</summary>
    public static CellAddress LocationOf(NarrativeStatement statement)
    {
        ArgumentNullException.ThrowIfNull(statement);
        if (statement.Source is { } source)
        {
            return source;
        }

        var subject = string.Join(string.Empty, statement.Subject.Where(c => !char.IsWhiteSpace(c)));
        return new CellAddress(CellAddress.NarrativeTable, RowKey.Item(subject.Length == 0 ? "?" : subject), KindZh(statement.Kind));
    }

    /// <summary>The kind of a statement as the 情况说明 names it (the column of a statement's own location).</summary>
    private static string KindZh(StatementKind kind) => kind switch
    {
        StatementKind.Share => "占比",
        StatementKind.Change => "增减",
        StatementKind.Execution => "执行率",
        _ => "金额",
    };

    /// <inheritdoc />
    protected override IEnumerable<Finding> EvaluateCore(RuleContext context)
    {
        if (Check == StatementCheck.Twice)
        {
            foreach (var finding in Twice(context))
            {
                yield return finding;
            }

            yield break;
        }

        foreach (var statement in context.Disclosure.Statements)
        {
            var finding = Evaluate(context, statement);
            if (finding is not null)
            {
                yield return statement.Span is { } span ? WithSpan(finding, statement, span) : finding;
            }
        }
    }

    /// <summary>How many lines apart two statements of one item or paragraph may stand.</summary>
    private const int TwiceLines = 5;

    private IEnumerable<Finding> Twice(RuleContext context)
    {
        var statements = context.Disclosure.Statements;
        for (var j = 0; j < statements.Count; j++)
        {
            var later = statements[j];
            // Execution statements pair a budget with an actual by design, and take their subject from the heading they
            // stand under (预算执行 for every 三公 item of a 决算 text): two of them are two items, not one given twice.
            if (later is not { Span: { } laterSpan, Value: { } laterValue } || later.Kind == StatementKind.Execution)
            {
                continue;
            }

            var subject = WithoutWhiteSpace(later.Subject);
            if (subject.Length < 2)
            {
                continue;
            }

            for (var i = 0; i < j; i++)
            {
                var earlier = statements[i];
                if (earlier is not { Span: { } earlierSpan, Value: { } earlierValue }
                    || earlierSpan.Page != laterSpan.Page || laterSpan.Line - earlierSpan.EndLine > TwiceLines || laterSpan.Line < earlierSpan.Line
                    || earlier.Kind != later.Kind
                    || WithoutWhiteSpace(earlier.Subject) != subject
                    || (earlier.Source is { } a && later.Source is { } b && a != b)
                    || earlierValue.Interval.Intersects(laterValue.Interval))
                {
                    continue;
                }

                var location = LocationOf(later);
                var finding = new Finding(Id, context.SeverityFor(this, withinRounding: false), location)
                {
                    MessageZh = $"{DescriptionZh}：{later.Subject} 印为 {laterValue}，同一段落前文（说明{earlierSpan.ToStringZh()}）印为 {earlierValue}",
                    MessageEn = $"{DescriptionEn}: {later.Subject} is printed as {laterValue}, and as {earlierValue} earlier in the same paragraph (text {earlierSpan})",
                    Actual = laterValue.Value,
                    Expected = earlierValue.Value,
                    Difference = laterValue.Value - earlierValue.Value,
                    Contributors = new[] { new Contributor(LocationOf(earlier), earlierValue), new Contributor(location, laterValue) }
                        .Concat(new[] { earlier.Source, later.Source }.OfType<CellAddress>().Distinct().Select(c => context.Cell(c).Contributors[0]))
                        .ToEquatableArray(),
                };
                yield return WithSpan(finding, later, laterSpan);
                break;
            }
        }
    }

    private static string WithoutWhiteSpace(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>A finding on a statement read from the text names the sentence and where it stands.</summary>
    private static Finding WithSpan(Finding finding, NarrativeStatement statement, TextSpan span)
    {
        var text = statement.Text ?? statement.Subject;
        return finding with
        {
            MessageZh = $"{finding.MessageZh}（说明{span.ToStringZh()}：“{text}”）",
            MessageEn = $"{finding.MessageEn} (text {span}: \"{text}\")",
            Span = span,
        };
    }

    private Finding? Evaluate(RuleContext context, NarrativeStatement s)
    {
        var location = LocationOf(s);
        switch (Check)
        {
            case StatementCheck.Basis:
                return BasisMismatch(context, s, location);
            case StatementCheck.ZeroBase:
                return ZeroBase(context, s, location);
            case StatementCheck.Share or StatementCheck.ExecutionRate or StatementCheck.ChangeRate when HasZeroBase(s):
                return null; // a rate of nothing has no value: TXT.ZEROBASE (or TXT.BASIS) says so, once
        }

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
                    // The statement's figure cannot be compared: say why (the table is absent, its column not printed, or
                    // the row it names is not in a table that may have lost rows or prints no 合计).
                    var table = context.Disclosure.FindTable(source.TableId);
                    var reason = table is null ? NotCheckedReason.TableAbsent
                        : table.Definition.FindColumn(source.ColumnId) is not null && !table.IsPrinted(source.ColumnId) ? NotCheckedReason.ColumnNotPrinted
                        : NotCheckedReason.SubjectNotFound;
                    context.ReportNotChecked(this, source, reason);
                    return s is { BaseSource: { } b, Base: { } bv } ? Restated(context, b, bv) : null;
                }

                return context.Compare(this, source, Operand.Of(value, new Contributor(new CellAddress(CellAddress.NarrativeTable, source.Row, source.ColumnId), value)), cell, display: value.Precision)
                    ?? (s is { BaseSource: { } b2, Base: { } bv2 } ? Restated(context, b2, bv2) : null);
            }

            case StatementCheck.Source when s is { BaseSource: { } baseSource, Base: { } baseValue }:
                return Restated(context, baseSource, baseValue);

            default:
                return null;
        }
    }

    /// <summary>Whether a statement's rate is taken on a base of 0: a printed base of 0, or a change whose value equals its difference.</summary>
    private static bool HasZeroBase(NarrativeStatement s)
        => s.Rate is not null
            && (s.Base is { } b ? b.Value.IsZero
                : s is { Kind: StatementKind.Change, Value: { } v, Difference: { } d } && v.Precision == d.Precision && v.Value.Ticks == d.Value.Ticks);

    /// <summary>
    /// The basis check applies: an execution statement whose rate names a budget and does not fit it (or it is 0), and
    /// fits the other budget the sentence prints.
    /// </summary>
    private static bool IsBasisMismatch(NarrativeStatement s)
        => s is { Kind: StatementKind.Execution, Basis: not null, Rate: { } rate, Value: { } value, Base: { } named, OtherBase: { } other }
            && rate.Percent != 0m
            && !RuleContext.RateFits(rate, value, named)
            && RuleContext.RateFits(rate, value, other);

    private Finding? BasisMismatch(RuleContext context, NarrativeStatement s, CellAddress location)
    {
        if (!IsBasisMismatch(s))
        {
            return null;
        }

        var (rate, value, named, other) = (s.Rate!.Value, s.Value!.Value, s.Base!.Value, s.OtherBase!.Value);
        var (namedZh, otherZh, namedEn, otherEn) = s.Basis == BudgetBasis.Initial ? ("年初预算", "全年预算", "the initial budget (年初预算)", "the final budget (全年预算)") : ("全年预算", "年初预算", "the final budget (全年预算)", "the initial budget (年初预算)");
        var computed = value.Value.Ticks * 100m / other.Value.Ticks;
        var shown = decimal.Round(computed, Math.Max(rate.Decimals, 2), MidpointRounding.AwayFromZero).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";
        var onNamed = named.Value.IsZero
            ? $"{namedZh}为 {named}，比率无定义"
            : $"按{namedZh} {named} 计算为 {decimal.Round(value.Value.Ticks * 100m / named.Value.Ticks, Math.Max(rate.Decimals, 2), MidpointRounding.AwayFromZero).ToString(System.Globalization.CultureInfo.InvariantCulture)}%";
        var onNamedEn = named.Value.IsZero
            ? $"{namedEn} is {named}, so that rate is undefined"
            : $"{namedEn} of {named} gives {decimal.Round(value.Value.Ticks * 100m / named.Value.Ticks, Math.Max(rate.Decimals, 2), MidpointRounding.AwayFromZero).ToString(System.Globalization.CultureInfo.InvariantCulture)}%";
        var here = new Contributor(location, value);
        return new Finding(Id, context.SeverityFor(this, withinRounding: false), location)
        {
            MessageZh = $"{DescriptionZh}：{s.Subject} 印为“完成{namedZh}的 {rate}”，但{onNamed}；{rate} 是执行数 {value} 除以{otherZh} {other} 的结果（{shown}），口径用错",
            MessageEn = $"{DescriptionEn}: {s.Subject} is printed as {rate} of {namedEn}, but {onNamedEn}; {rate} is the actual {value} over {otherEn} of {other} ({shown}): the rate is on the wrong basis",
            Actual = value.Value,
            PrintedRate = rate,
            ComputedRate = computed,
            Contributors = new[]
                {
                    here,
                    new Contributor(BaseAt(s, location), named),
                    new Contributor(new CellAddress(CellAddress.NarrativeTable, location.Row, location.ColumnId + ".另一口径基数"), other),
                }
                .Concat(new[] { s.Source, s.BaseSource }.OfType<CellAddress>().Distinct().Select(c => context.Cell(c).Contributors[0]))
                .ToEquatableArray(),
        };
    }

    private Finding? ZeroBase(RuleContext context, NarrativeStatement s, CellAddress location)
    {
        if (!HasZeroBase(s) || s.Rate is not { } rate || rate.Percent == 0m || IsBasisMismatch(s))
        {
            return null;
        }

        // "增长 100%" for an item new this year is how documents print it (a note); any other rate of nothing is a slip.
        var conventional = s.Kind == StatementKind.Change && rate.Percent == 100m;
        var what = s.Kind switch
        {
            StatementKind.Share => ("占比", "share"),
            StatementKind.Change => ("增长率", "growth rate"),
            _ => ("执行率", "execution rate"),
        };
        var baseZh = s.Kind switch
        {
            StatementKind.Change => "上年数",
            StatementKind.Share => "总数",
            _ => s.Basis switch { BudgetBasis.Initial => "年初预算", BudgetBasis.Final => "全年预算", _ => "预算数" },
        };
        var contributors = new List<Contributor>();
        if (s.Value is { } v)
        {
            contributors.Add(new Contributor(location, v));
        }

        if (s.Base is { } b)
        {
            contributors.Add(new Contributor(BaseAt(s, location), b));
        }
        else if (s.Difference is { } d)
        {
            contributors.Add(new Contributor(DifferenceAt(location), d));
        }

        if (s.Source is { } source)
        {
            contributors.Add(context.Cell(source).Contributors[0]);
        }

        return new Finding(Id, context.SeverityFor(this, withinRounding: conventional), location)
        {
            MessageZh = conventional
                ? $"{DescriptionZh}：{s.Subject} {what.Item1}印为 {rate}，基数为 0（{baseZh}），比率无定义（新增项目的惯常印法）"
                : $"{DescriptionZh}：{s.Subject} {what.Item1}印为 {rate}，但基数为 0（{baseZh}），比率无定义",
            MessageEn = conventional
                ? $"{DescriptionEn}: the {what.Item2} of {s.Subject} is printed as {rate}; its base is 0, so the rate is undefined (the usual way to print a new item)"
                : $"{DescriptionEn}: the {what.Item2} of {s.Subject} is printed as {rate}, but its base is 0, so the rate is undefined",
            PrintedRate = rate,
            Contributors = contributors.ToEquatableArray(),
        };
    }

    /// <summary>
    /// Where a statement's base stands: the cell it is restated from, or a figure of the text of its own — never the
    /// value's cell (the location), since the joint 尾差 decision takes one cell for one quantity.
    /// </summary>
    private static CellAddress BaseAt(NarrativeStatement s, CellAddress location) => s.BaseSource ?? new CellAddress(CellAddress.NarrativeTable, location.Row, location.ColumnId + ".基数");

    /// <summary>Where a statement's difference stands: a figure of the text of its own.</summary>
    private static CellAddress DifferenceAt(CellAddress location) => new(CellAddress.NarrativeTable, location.Row, location.ColumnId + ".增减");

    /// <summary>A base restated from a cell (<see cref="NarrativeStatement.BaseSource"/>) against that cell.</summary>
    private Finding? Restated(RuleContext context, CellAddress source, ReportedValue value)
    {
        var cell = context.Cell(source);
        return context.IsUnknown(cell.Contributors[0])
            ? null
            : context.Compare(this, source, Operand.Of(value, new Contributor(new CellAddress(CellAddress.NarrativeTable, source.Row, source.ColumnId), value)), cell, display: value.Precision);
    }

    private static string DescribeZh(StatementCheck check) => check switch
    {
        StatementCheck.Share => "说明中的占比应等于数值除以基数",
        StatementCheck.ChangeAmount => "说明中的增减额应等于本年数减上年数",
        StatementCheck.ChangeRate => "说明中的增长率应等于增减额除以上年数",
        StatementCheck.ExecutionRate => "说明中的执行率应等于执行数除以预算数",
        StatementCheck.Twice => "说明中同一指标在一段之内应只有一个数值",
        StatementCheck.Basis => "说明中的完成率应按其所称口径的预算数计算",
        StatementCheck.ZeroBase => "说明中的比率和占比的基数不应为 0",
        _ => "说明中引用的数值应与表格一致",
    };

    private static string DescribeEn(StatementCheck check) => check switch
    {
        StatementCheck.Share => "Stated shares equal value ÷ base",
        StatementCheck.ChangeAmount => "Stated changes equal this year − last year",
        StatementCheck.ChangeRate => "Stated growth rates equal change ÷ last year",
        StatementCheck.ExecutionRate => "Stated execution rates equal actual ÷ budget",
        StatementCheck.Twice => "One indicator has one value within a paragraph of the text",
        StatementCheck.Basis => "A completion rate is computed on the budget it names (年初预算 or 全年预算)",
        StatementCheck.ZeroBase => "A rate or share stated in the text has a base other than 0",
        _ => "Figures restated in the text equal the table cell",
    };
}
