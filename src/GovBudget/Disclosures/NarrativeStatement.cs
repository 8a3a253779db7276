using GovBudget.Amounts;
using GovBudget.Tables;

namespace GovBudget.Disclosures;

/// <summary>
/// A figure the explanatory text (情况说明) states with arithmetic: a share, a change against an earlier year, or an
/// execution rate. Keeping them lets rules check them against the tables.
/// </summary>
/// <param name="Kind">Share, change or execution.</param>
/// <param name="Subject">What the statement is about, as printed (基本支出, 一般公共预算拨款 …).</param>
public sealed record NarrativeStatement(StatementKind Kind, string Subject)
{
    /// <summary>The table cell the value corresponds to, if any.</summary>
    public CellAddress? Source { get; init; }

    /// <summary>
    /// The table cell the base corresponds to, if any (the budget of an execution rate, the total of a share): the base is
    /// checked against it (TXT.SOURCE), and a rate is decided with the finer of the two printings.
    /// </summary>
    public CellAddress? BaseSource { get; init; }

    /// <summary>The value (the part, this year's figure, or the actual).</summary>
    public ReportedValue? Value { get; init; }

    /// <summary>The base (the total, last year's figure, or the budget).</summary>
    public ReportedValue? Base { get; init; }

    /// <summary>
    /// For an execution statement, the budget its rate names (<c>完成年初预算的</c> → <see cref="BudgetBasis.Initial"/>,
    /// <c>完成全年预算的</c> → <see cref="BudgetBasis.Final"/>); <see cref="Base"/> is the budget of that basis when the
    /// sentence prints it. <see langword="null"/> when the rate names none (执行率).
    /// </summary>
    public BudgetBasis? Basis { get; init; }

    /// <summary>
    /// The budget of the other basis than <see cref="Basis"/>, when the sentence prints both (<c>年初预算为 0 万元，全年预算为
    /// 321.02 万元，支出决算为 307.82 万元，完成年初预算的 95.89%</c>: Base 0, OtherBase 321.02): a rate that fits it and not
    /// the named base is computed on the wrong basis (TXT.BASIS).
    /// </summary>
    public ReportedValue? OtherBase { get; init; }

    /// <summary>The year of the base for changes (2025 for "比 2025 年预算增加").</summary>
    public int? BaseYear { get; init; }

    /// <summary>The stated difference (增加 positive, 减少 negative).</summary>
    public ReportedValue? Difference { get; init; }

    /// <summary>The stated rate: 占比, 增长率 (下降 negative) or 执行率.</summary>
    public Percentage? Rate { get; init; }

    /// <summary>The sentence as printed, for messages.</summary>
    public string? Text { get; init; }

    /// <summary>
    /// Where <see cref="Text"/> stands in the document's text (page, line, column), when the statement was read from it
    /// (<c>GovBudget.Narrative.NarrativeExtractor</c>); findings on the statement name it.
    /// </summary>
    public TextSpan? Span { get; init; }
}
